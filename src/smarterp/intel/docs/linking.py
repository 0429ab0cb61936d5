"""Linking what a message says about its sender to a partner in the books, with a confidence.

Evidence: the sender's display name against contact names, company names written in the
message, the sender's e-mail domain against company names, and exact e-mail addresses.
Below the threshold, or too close to a second candidate, nothing is linked: a person decides."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from smarterp.intel.docs.aliases import sender_key, split_sender
from smarterp.intel.docs.catalogue import PartnerEntry
from smarterp.intel.docs.flags import (
    ADDRESS_SPELLS_CONTACT,
    CONTACT_IN_TEXT,
    CONTACT_SIGNS,
    DOMAIN_SPELLS,
    LINKED_BY_PERSON,
    NAME_CLOSE,
    NAME_IN_FULL,
    NAME_IN_TEXT,
    OWN_DOMAIN,
    PIECE_IN_TEXT,
    SENDER_ADDRESS,
    SENDER_IS_CONTACT,
)
from smarterp.intel.docs.text import fold_text, normalise_name

LINK_THRESHOLD = 0.6
MARGIN = 0.1
# Mail services whose domain says nothing about the sender's company.
_FREEMAIL = """gmail googlemail hotmail outlook live msn yahoo aol icloud me mac gmx web t-online
    compuserve qq 163 126 sina sohu yeah foxmail usa post tele mail email protonmail free
    orange wanadoo btinternet"""
FREEMAIL = frozenset(_FREEMAIL.split())
_TLDS = "com net org edu gov co ac or ne biz info de fr it uk ie ca mx br"
_TLD_PARTS = frozenset(_TLDS.split())


def _shared(weight: float, sharers: int) -> float:
    """A clue several partners share (a contact's name, a short company name) still narrows
    the field, so two such clues agreeing on one partner link it; one alone does not."""
    if sharers <= 1:
        return weight
    return 0.5 if sharers <= 3 else 0.4 if sharers <= 6 else 0.3


_CJK = re.compile(r"[\u4e00-\u9fff]")
# A company or a role written in brackets beside a person's name in a display name.
_BESIDE_NAME = re.compile(r"[(（\[【][^()（）\[\]【】]*[)）\]】]")
_NAME_PARTS = re.compile(r"[|｜·/]")
# A legal form's words as they are written out or cut short: "Pty. Limited" is "Pty Ltd".
_LEGAL_WORDS = {
    "ltd": "ltd|limited", "limited": "ltd|limited", "inc": "inc|incorporated",
    "incorporated": "inc|incorporated", "co": "co|company", "company": "co|company",
    "corp": "corp|corporation", "corporation": "corp|corporation", "pte": "pte|private",
    "pty": "pty|proprietary", "llc": r"llc|l\.? ?l\.? ?c",
}  # fmt: skip


def _full_name_pattern(name: str) -> re.Pattern[str] | None:
    """The name written in full, its legal form in any of its spellings; None for a name
    with no legal form (a core name alone is matched elsewhere)."""
    full = fold_text(name).strip()
    core = normalise_name(name)
    if len(full) <= 6 or core == full or _CJK.search(full):
        return None
    tokens = re.findall(r"[a-z0-9]+", full)
    core_tokens = core.split()
    if tokens[: len(core_tokens)] != core_tokens:
        return re.compile(rf"(?<![a-z0-9]){re.escape(full)}(?![a-z0-9])")
    legal = [_LEGAL_WORDS.get(t, re.escape(t)) for t in tokens[len(core_tokens) :]]
    words = [re.escape(t) for t in core_tokens] + [f"(?:{form})" for form in legal]
    return re.compile(r"(?<![a-z0-9])" + r"[\s.,]*".join(words) + r"(?![a-z0-9])")


_GERMAN = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"})


@dataclass
class Link:
    """The partner found (or not), its confidence and the reasons, strongest first."""

    partner_id: int | None
    name: str | None
    confidence: float
    reasons: list[str] = field(default_factory=list)
    candidates: list[tuple[str, float]] = field(default_factory=list)

    @property
    def flagged(self) -> bool:
        return self.partner_id is None


class PartnerLinker:
    """Indexes partner names, contacts and addresses once; links many messages quickly."""

    def __init__(self, partners: list[PartnerEntry], own_names: list[str] | None = None) -> None:
        self.partners = partners
        self.own = {normalise_name(n) for n in own_names or [] if n}
        self.by_contact: dict[str, list[PartnerEntry]] = {}
        self.by_contact_words: dict[str, list[PartnerEntry]] = {}
        self.by_cjk_contact: dict[str, list[PartnerEntry]] = {}
        self.by_email: dict[str, PartnerEntry] = {}
        self.by_alias: dict[str, PartnerEntry] = {}
        self.by_id: dict[int, PartnerEntry] = {}
        self.by_domain: dict[str, list[PartnerEntry]] = {}
        self.names: list[tuple[PartnerEntry, str, list[str]]] = []
        for p in partners:
            if p.contact_name:
                contact = normalise_name(p.contact_name)
                self.by_contact.setdefault(contact, []).append(p)
                words = " ".join(sorted(contact.split()))
                self.by_contact_words.setdefault(words, []).append(p)
            if p.contact_name and _CJK.search(p.contact_name):
                squeezed = p.contact_name.replace(" ", "")
                if 2 <= len(squeezed) <= 4:
                    self.by_cjk_contact.setdefault(squeezed, []).append(p)
            if p.email:
                self.by_email[p.email.strip().lower()] = p
            for alias in p.aliases:
                self.by_alias[alias] = p
            norm = normalise_name(p.name)
            variants = {
                norm.replace(" ", ""),
                normalise_name(p.name.translate(_GERMAN)).replace(" ", ""),
            }
            self.names.append((p, norm, sorted(variants)))

            self.by_id[p.id] = p
            if p.email and "@" in p.email:
                self.by_domain.setdefault(p.email.strip().lower().rpartition("@")[2], []).append(p)
        # Runs of two or more characters of Chinese company names ("华联贸易" of
        # "上海华联贸易有限公司", or just the brand "华联"), for names written short; shared
        # runs weigh little, and a run shorter than four never links on its own.
        self.cjk_pieces: dict[str, list[PartnerEntry]] = {}
        for p, norm, _ in self.names:
            name = norm.replace(" ", "")
            if not _CJK.search(name) or norm in self.own:
                continue
            pieces = {name[i:j] for i in range(len(name)) for j in range(i + 2, len(name) + 1)}
            for piece in pieces:
                self.cjk_pieces.setdefault(piece, []).append(p)
        # Names written in full, legal form included: "Bright Foods LLC" is not "Bright Foods Co."
        self.full_names = [
            (p, pattern) for p in partners for pattern in [_full_name_pattern(p.name)] if pattern
        ]

    def link(
        self,
        sender: str,
        own_text: str,
        *,
        role: str = "customer",
        extra: list[tuple[int, float, str]] | None = None,
    ) -> Link:
        """Link a sender to a partner of the role ("customer", "supplier" or "any"); `extra`
        adds evidence found elsewhere (a document number cited, an earlier message)."""
        display, address = split_sender(sender)
        address = address.lower()
        scores: dict[int, float] = {}
        reasons: dict[int, list[str]] = {}
        # Each partner's evidence by what was seen: partners that share a clue (a company name
        # without its legal form, a contact's name) have it under the same key.
        clues: dict[int, dict[str, float]] = {}

        def add(p: PartnerEntry, score: float, why: str, clue: str | None = None) -> None:
            if role == "customer" and not p.is_customer:
                return
            if role == "supplier" and not p.is_supplier:
                return
            prior = scores.get(p.id, 0.0)
            scores[p.id] = 1 - (1 - prior) * (1 - score)
            reasons.setdefault(p.id, []).append(why)
            seen = clues.setdefault(p.id, {})
            seen[clue or why] = 1 - (1 - seen.get(clue or why, 0.0)) * (1 - score)

        for partner_id, score, why in extra or []:
            if partner_id in self.by_id:
                add(self.by_id[partner_id], score, why)
        if address in self.by_email:
            add(self.by_email[address], 0.97, SENDER_ADDRESS.format(address=address))
        domain = address.rpartition("@")[2]
        if domain and domain.split(".")[0] not in FREEMAIL:
            for p in self.by_domain.get(domain, []):
                add(p, 0.93, OWN_DOMAIN.format(domain=domain))
        alias = sender_key(sender)
        if alias in self.by_alias:
            add(self.by_alias[alias], 0.97, LINKED_BY_PERSON.format(alias=alias))
        if display:
            # "Anders, Maria" and "Maria Anders" are the same person; "黄丽（上海万家）" and
            # "王娜|佳禾" are 黄丽 and 王娜 of a company written beside their names.
            person = _BESIDE_NAME.sub(" ", display).strip() or display
            parts = [person, *(p for p in _NAME_PARTS.split(person) if p.strip())]
            found = (" ".join(sorted(normalise_name(p).split())) for p in parts)
            words = next((w for w in found if w in self.by_contact_words), "")
            namesakes = self.by_contact_words.get(words, [])
            # A two- or three-character Chinese name (张磊) is shared by very many people:
            # it backs other evidence up but does not link on its own.
            weight = 0.55 if _CJK.search(words) and len(words) <= 3 else 0.9
            for p in namesakes:
                # A name several partners' contacts share says little on its own.
                add(p, _shared(weight, len(namesakes)), SENDER_IS_CONTACT.format(display=display))
        if address and domain.split(".")[0] in FREEMAIL:
            # A personal address often spells its owner: "isla_wright10@outlook.com".
            local = re.sub(r"\d+", " ", address.partition("@")[0])
            spelled = " ".join(sorted(w for w in re.split(r"[._\-\s]+", local) if len(w) >= 2))
            if spelled.count(" ") == 1:
                namesakes = self.by_contact_words.get(spelled, [])
                for p in namesakes:
                    add(
                        p,
                        _shared(0.75, len(namesakes)),
                        ADDRESS_SPELLS_CONTACT.format(address=address),
                    )
        # A company named in the sender's display name counts as named in the text:
        # "黄洋|成都福源食品有限公司", "Olivia Turner | Golden Foods LLC".
        body = own_text
        own_text = f"{display}\n{own_text}" if display else own_text
        norm_text = f" {normalise_name(own_text)} "
        for p, norm, _ in self.names:
            if norm in self.own or len(norm) < 3:
                continue
            # ("Jack @ OakKitchens", "PO / SilverPantry": the name's words run together)
            squeezed = norm.replace(" ", "")
            if f" {norm} " in norm_text or (
                squeezed != norm and len(squeezed) >= 8 and f" {squeezed} " in norm_text
            ):
                add(p, 0.9, NAME_IN_TEXT.format(name=repr(p.name)), f"name {norm}")
        folded_text = fold_text(own_text)
        for p, full in self.full_names:
            if full.search(folded_text):
                add(p, 0.9, NAME_IN_FULL.format(name=repr(p.name)))
        for pid, (weight, piece) in self._cjk_name_pieces(own_text.replace(" ", "")).items():
            add(self.by_id[pid], weight, PIECE_IN_TEXT.format(piece=piece))
        for contact, partners in self.by_contact.items():
            if len(contact) > 5 and f" {contact} " in norm_text:
                for p in partners:
                    add(p, 0.6, CONTACT_SIGNS.format(contact=p.contact_name))
        # A Chinese contact's name in the message (a signature, "我是…的周娜"): too common to
        # link alone, it tells apart partners that share a short name (华联百货 in two cities).
        squeezed_body, squeezed_display = body.replace(" ", ""), display.replace(" ", "")
        for contact, partners in self.by_cjk_contact.items():
            if contact in squeezed_body and contact not in squeezed_display:
                for p in partners:
                    add(
                        p,
                        _shared(0.45, len(partners)),
                        CONTACT_IN_TEXT.format(contact=p.contact_name),
                    )
        for part in self._domain_parts(domain):
            for p, _, variants in self.names:
                coverage = max(self._coverage(part, v) for v in variants)
                if coverage > 0:
                    add(p, 0.45 + 0.45 * coverage, DOMAIN_SPELLS.format(domain=domain))
        if not scores:
            self._fuzzy_names(own_text, add)
        return self._decide(scores, reasons, clues)

    def _cjk_name_pieces(self, squeezed: str) -> dict[int, tuple[float, str]]:
        """Each partner once, on its best piece of name in the text. A short piece (the
        brand 华联) weighs less than a threshold, and counts only where no longer piece of
        some name covers it: 鑫源 inside 鑫源供应链 is that partner's, not 鑫源超市's. Two
        long pieces written apart that spell different parts of one name ("上海万家" beside the
        sender, "万家实业" in the signature) add up: each is shared, together they fit one."""
        matched = [(piece, ps) for piece, ps in self.cjk_pieces.items() if piece in squeezed]
        long_spans = [
            (i, i + len(piece))
            for piece, _ in matched
            if len(piece) >= 4
            for i in _occurrences(squeezed, piece)
        ]
        per_partner: dict[int, list[tuple[float, str]]] = {}
        for piece, partners in matched:
            weight = _shared(0.8, len(partners))
            if len(piece) < 4:
                free = any(
                    not any(s <= i and i + len(piece) <= e for s, e in long_spans)
                    for i in _occurrences(squeezed, piece)
                )
                if not free:
                    continue
                weight = min(weight, 0.45)
            for p in partners:
                per_partner.setdefault(p.id, []).append((weight, piece))
        found: dict[int, tuple[float, str]] = {}
        for pid, pieces in per_partner.items():
            pieces.sort(key=lambda wp: (wp[0], len(wp[1])), reverse=True)
            weight, piece = pieces[0]
            second = self._apart(self.by_id[pid], piece, pieces[1:], squeezed)
            if second is not None:
                weight, piece = 1 - (1 - weight) * (1 - second[0]), f"{piece} and {second[1]}"
            found[pid] = (weight, piece)
        return found

    def _apart(
        self,
        partner: PartnerEntry,
        first: str,
        others: list[tuple[float, str]],
        squeezed: str,
    ) -> tuple[float, str] | None:
        """A second long piece of the partner's name, written elsewhere in the text, that
        spells at least two characters of the name the first does not."""
        name = normalise_name(partner.name).replace(" ", "")
        at = name.find(first)
        covered = set(range(at, at + len(first))) if at >= 0 else set()
        spans = [(i, i + len(first)) for i in _occurrences(squeezed, first)]
        for weight, piece in others:
            if len(piece) < 4 or piece in first or first in piece:
                continue
            where = name.find(piece)
            if where < 0 or len(set(range(where, where + len(piece))) - covered) < 2:
                continue
            if any(
                s < i + len(piece) and i < e
                for i in _occurrences(squeezed, piece)
                for s, e in spans
            ):
                continue  # the same words read twice ("上海万家实业" holds both)
            return weight, piece
        return None

    @staticmethod
    def _domain_parts(domain: str) -> list[str]:
        labels = domain.split(".")[:-1] if "." in domain else [domain]
        parts: list[str] = []
        for label in labels:
            if label in FREEMAIL or label in _TLD_PARTS:
                continue
            parts.extend(x for x in re.split(r"[-_]", label) if len(x) >= 4 and x not in FREEMAIL)
            joined = label.replace("-", "").replace("_", "")
            if "-" in label and len(joined) >= 4:
                parts.append(joined)
        return parts

    @staticmethod
    def _coverage(part: str, squashed: str) -> float:
        """Share of the company name that a domain word spells, when it starts the name or
        is most of it; 0 when it does not fit."""
        if squashed.startswith(part):
            return len(part) / len(squashed)
        if part in squashed and len(part) >= 6:
            return 0.7 * len(part) / len(squashed)
        if len(squashed) >= 6 and squashed in part:
            return 0.8
        return 0.0

    def _fuzzy_names(self, own_text: str, add: Callable[[PartnerEntry, float, str], None]) -> None:
        """Last resort: a company name written with small differences on a line of its own."""
        lines = [normalise_name(line) for line in own_text.splitlines() if line.strip()]
        for p, norm, _ in self.names:
            if norm in self.own or len(norm) < 6:
                continue
            best = max(
                (fuzz.partial_ratio(norm, line) for line in lines if len(line) >= 4), default=0
            )
            if best >= 92:
                add(p, 0.65, NAME_CLOSE.format(name=repr(p.name)))

    def _decide(
        self,
        scores: dict[int, float],
        reasons: dict[int, list[str]],
        clues: dict[int, dict[str, float]],
    ) -> Link:
        if not scores:
            return Link(None, None, 0.0, ["no partner fits"])
        ranked = sorted(scores.items(), key=lambda kv: kv[1], reverse=True)
        names = {p.id: p.name for p in self.partners}
        candidates = [(names[pid], round(score, 3)) for pid, score in ranked[:3]]
        best_id, best = ranked[0]

        def ahead(theirs: float) -> bool:
            # Ahead by the margin, or far more certain: 0.999 against 0.98 is not a tie.
            return best - theirs >= MARGIN or (1 - theirs) >= 4 * (1 - best)

        rivals = [pid for pid, score in ranked[1:] if not ahead(score)]
        if best < LINK_THRESHOLD or not all(self._told_apart(clues, best_id, r) for r in rivals):
            why = "too weak" if best < LINK_THRESHOLD else "two partners fit equally"
            return Link(None, None, round(best, 3), [why], candidates)
        # Each reason once: the sender and the chat may both have been seen before.
        unique = list(dict.fromkeys(reasons[best_id]))
        return Link(best_id, names[best_id], round(best, 3), unique, candidates)

    @staticmethod
    def _told_apart(clues: dict[int, dict[str, float]], best: int, rival: int) -> bool:
        """Two partners close in score are told apart by the evidence they do not share: a
        company name both carry ("Cedar Pantry Inc." and "Cedar Pantry Pte Ltd" are both
        "Cedar Pantry") says nothing between them; the contact's name in the address does."""
        mine, theirs = clues.get(best, {}), clues.get(rival, {})

        def only(own: dict[str, float], other: dict[str, float]) -> float:
            left = 1.0
            for clue, weight in own.items():
                if clue not in other:
                    left *= 1 - weight
            return 1 - left

        apart, against = only(mine, theirs), only(theirs, mine)
        return apart >= 0.45 and apart - against >= MARGIN


def _occurrences(text: str, piece: str) -> list[int]:
    """Where a piece starts in the text, every time."""
    found, at = [], text.find(piece)
    while at >= 0:
        found.append(at)
        at = text.find(piece, at + 1)
    return found
