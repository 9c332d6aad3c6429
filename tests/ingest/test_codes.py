"""The code tables northward ships: customs partners → ISO, regions → ISO 3166-2, partner groups."""

from __future__ import annotations

import re

import pycountry
import pytest

from northward.ingest.codes import customs_partners, customs_regions, trade_modes
from northward.ingest.partners import expand_partner, partner_groups

USER_ASSIGNED = {"XA", "XE", "XF", "XL", "XN", "XO", "XP", "XX", "XZ"}
RESERVED = {"IC", "EA", "CS", "AN"}  # ISO 3166 exceptionally / transitionally reserved codes


def test_customs_codes_are_not_m49() -> None:
    partners = customs_partners()
    # the collisions the research notes warn about: customs 344 is Russia, M49 344 is Hong Kong
    assert partners["344"].iso == "RU" and partners["110"].iso == "HK"
    assert partners["124"].iso == "MN" and partners["410"].iso == "BR" and partners["133"].iso == "KR"
    assert (partners["701"].iso, partners["702"].iso) == ("XX", "XO")


def test_every_partner_maps_to_a_known_code() -> None:
    for code, entry in customs_partners().items():
        assert re.fullmatch(r"\d{3}", code)
        assert entry.name_zh and entry.name_en
        if entry.iso not in USER_ASSIGNED | RESERVED:
            assert pycountry.countries.get(alpha_2=entry.iso) is not None, (code, entry.iso)


def test_regions_cover_31_provinces_with_valid_iso() -> None:
    regions = customs_regions()
    assert len(regions) == 31
    assert regions["23"].iso == "CN-HL" and regions["22"].iso == "CN-JL"
    assert regions["21"].iso == "CN-LN" and regions["15"].iso == "CN-NM"
    for entry in regions.values():
        assert pycountry.subdivisions.get(code=entry.iso) is not None


def test_trade_modes() -> None:
    modes = trade_modes()
    assert modes["10"] == "一般贸易" and modes["19"] == "边境小额贸易"


@pytest.mark.parametrize(("group", "size"), [("EU27", 27), ("ASEAN", 11), ("EAEU", 5)])
def test_groups_expand_to_valid_iso_with_a_source(group: str, size: int) -> None:
    members = expand_partner(group)
    assert len(members) == len(set(members)) == size
    assert all(pycountry.countries.get(alpha_2=m) for m in members)
    source = partner_groups()[group].source
    assert source["url"].startswith("https://") and source["publisher"] and source["accessed"]


def test_expand_partner_passes_other_codes_through() -> None:
    assert expand_partner("RU") == ["RU"]
    assert expand_partner("eaeu") == expand_partner("EAEU")
    assert "RU" in expand_partner("EAEU") and "CN" not in expand_partner("ASEAN")
