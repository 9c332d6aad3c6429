-- The partner code as the source wrote it (China Customs' own codes): several customs codes map to
-- one ISO code (French Polynesia's island groups, Bonaire ...), and their rows must stay distinct.
ALTER TABLE observation ADD COLUMN partner_code VARCHAR;
