-- Figures about one place (a crossing's trains, an FTZ's share of trade) name the place.
ALTER TABLE observation ADD COLUMN place_id VARCHAR;
