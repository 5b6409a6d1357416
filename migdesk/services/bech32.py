"""Bech32 (BIP 173), the text form of age keys: `age1...` recipients, `AGE-SECRET-KEY-1...`.

age uses the original Bech32 checksum (not Bech32m) and no 90-character limit.
"""

from __future__ import annotations

CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
_GENERATOR = (0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)


def _polymod(values: list[int]) -> int:
    check = 1
    for value in values:
        top = check >> 25
        check = (check & 0x1FFFFFF) << 5 ^ value
        for i, gen in enumerate(_GENERATOR):
            if (top >> i) & 1:
                check ^= gen
    return check


def _expand(hrp: str) -> list[int]:
    return [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp]


def _regroup(data: bytes | list[int], source: int, target: int, pad: bool) -> list[int]:
    """Bits regrouped from source-bit to target-bit numbers (ValueError on bad padding)."""
    acc = bits = 0
    out = []
    for value in data:
        acc = (acc << source) | value
        bits += source
        while bits >= target:
            bits -= target
            out.append((acc >> bits) & ((1 << target) - 1))
    if pad and bits:
        out.append((acc << (target - bits)) & ((1 << target) - 1))
    elif not pad and (bits >= source or (acc << (target - bits)) & ((1 << target) - 1)):
        raise ValueError("bad padding")
    return out


def encode(hrp: str, data: bytes) -> str:
    """The lower-case Bech32 string of data under the human-readable part hrp."""
    words = _regroup(data, 8, 5, pad=True)
    check = _polymod(_expand(hrp) + words + [0] * 6) ^ 1
    words += [(check >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(CHARSET[w] for w in words)


def decode(text: str) -> tuple[str, bytes]:
    """(hrp, data) of a Bech32 string in one case; ValueError if it is not valid Bech32."""
    if text.lower() != text and text.upper() != text:
        raise ValueError("mixed case")
    text = text.lower()
    sep = text.rfind("1")
    if sep < 1 or sep + 7 > len(text) or any(c not in CHARSET for c in text[sep + 1 :]):
        raise ValueError("not Bech32")
    hrp, words = text[:sep], [CHARSET.index(c) for c in text[sep + 1 :]]
    if any(not 33 <= ord(c) <= 126 for c in hrp) or _polymod(_expand(hrp) + words) != 1:
        raise ValueError("bad checksum")
    return hrp, bytes(_regroup(words[:-6], 5, 8, pad=False))
