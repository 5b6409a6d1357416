"""Words to read out by phone: key fingerprints and generated passphrases.

The list (wordlist.txt, 256 common English words, one byte each) is our own; a word is
chosen by a byte, so eight words of a SHA-256 carry 64 bits.
"""

from __future__ import annotations

import hashlib
import secrets
from functools import cache
from pathlib import Path

FINGERPRINT_WORDS = 8
PASSPHRASE_WORDS = 7


@cache
def wordlist() -> tuple[str, ...]:
    """The 256 words, in order (a word's index is the byte it stands for)."""
    words = tuple((Path(__file__).with_name("wordlist.txt")).read_text("utf-8").split())
    assert len(words) == 256 and len(set(words)) == 256, "wordlist.txt must hold 256 words"
    return words


def fingerprint(public_key: bytes) -> str:
    """A key's fingerprint as words, e.g. 'otter maple cloud ...' (the first bytes of SHA-256)."""
    digest = hashlib.sha256(b"migdesk-fingerprint-v1\0" + public_key).digest()
    return " ".join(wordlist()[b] for b in digest[:FINGERPRINT_WORDS])


def generate_passphrase(count: int = PASSPHRASE_WORDS) -> str:
    """A random passphrase of count words (8 bits each) separated by hyphens."""
    return "-".join(secrets.choice(wordlist()) for _ in range(count))
