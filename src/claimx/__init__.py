"""claimx: numeric claims from Arabic, French and English news, comparable across languages.

>>> import claimx
>>> [c.quantity.value for c in claimx.extract("More than 200,000 Russians fled.")]
[200000]
"""

from claimx.align import ClaimGroup, align, groups_to_frame
from claimx.errors import BackendError, ClaimxError, InputError, PackError, RecordError
from claimx.extract import extract, iter_paragraph_claims
from claimx.frame import to_frame
from claimx.model import SCHEMA, Claim, Entity, Quantity, Source, TimeRef, json_schema
from claimx.page import Page, extract_page, read_page
from claimx.packs import available_languages
from claimx.records import claim_from_dict
from claimx.segment import detect_language

__version__ = "0.1.0"

__all__ = [
    "SCHEMA",
    "BackendError",
    "Claim",
    "ClaimGroup",
    "ClaimxError",
    "Entity",
    "InputError",
    "PackError",
    "Page",
    "Quantity",
    "RecordError",
    "Source",
    "TimeRef",
    "__version__",
    "align",
    "claim_from_dict",
    "available_languages",
    "detect_language",
    "extract",
    "extract_page",
    "groups_to_frame",
    "iter_paragraph_claims",
    "json_schema",
    "read_page",
    "to_frame",
]
