"""`jixiao review`: record, clear and list auditors' judgements of flags.

Flags are chosen by id (`jixiao flags` prints `#` and the first 8 characters; any unique
prefix will do) or in bulk by rule, department, report and severity, narrowed by their
current review state (`--only unreviewed`). Bulk without any selector is refused, so a
missing option never reviews the whole dataset.
"""
from __future__ import annotations

import getpass
import json
import os
from dataclasses import dataclass
from typing import Any

from rich.markup import escape

from pipeline.cli.consoles import FreshConsole
from pipeline.cli.lookup import find_report
from pipeline.cli.views import json_value, print_flag
from pipeline.outputs.flagview import FlagFilter, FlagView, load_flags, stale_reviews
from pipeline.storage.reviews import FlagRef, Review, clear_reviews, has_table, save_reviews
from pipeline.storage.store import Store
from schemas.errors import AmbiguousKey, DatabaseMissing, NothingFound, UsageError
from schemas.messages import t
from schemas.safe_text import terminal_text
from schemas.tables import ReviewFilter, ReviewState

REVIEWER_ENV = "JIXIAO_REVIEWER"
MIN_ID_CHARS = 4

console: Any = FreshConsole()


@dataclass(frozen=True)
class ReviewRequest:
    flag_ids: tuple[str, ...] = ()
    state: ReviewState | None = None
    note: str | None = None
    reviewer: str | None = None
    rule: str | None = None
    department: str | None = None
    report: str | None = None
    severity: str | None = None
    only: ReviewFilter | None = None
    clear: bool = False
    dry_run: bool = False
    list_reviews: bool = False

    @property
    def bulk(self) -> bool:
        return any(v is not None for v in (self.rule, self.department, self.report, self.severity))


def reviewer_name(given: str | None) -> str:
    name = (given or os.environ.get(REVIEWER_ENV) or "").strip()
    if not name:
        try:
            name = getpass.getuser()
        except (OSError, KeyError):  # no login name (a container without a passwd entry)
            name = ""
    if not name:
        raise UsageError(t("review.no_reviewer"), hint=t("review.no_reviewer_hint"))
    return name


def _check(request: ReviewRequest) -> None:
    if request.list_reviews:
        return
    if not request.flag_ids and not request.bulk:
        raise UsageError(t("review.nothing_chosen"), hint=t("review.nothing_chosen_hint"))
    if request.flag_ids and request.bulk:
        raise UsageError(t("review.ids_and_bulk"))
    if request.clear and request.state is not None:
        raise UsageError(t("review.clear_and_state"))
    if not request.clear and not request.dry_run and request.state is None:
        raise UsageError(t("review.no_state"), hint=t("review.no_state_hint"))
    short = [i for i in request.flag_ids if len(i.lstrip("#")) < MIN_ID_CHARS]
    if short:
        raise UsageError(t("review.short_id", ids=", ".join(short), n=MIN_ID_CHARS))


def chosen_flags(con: Any, request: ReviewRequest) -> list[FlagView]:
    ids = tuple(i.lstrip("#").lower() for i in request.flag_ids)
    report_ids = (find_report(con, request.report)["report_id"],) if request.report else None
    filt = FlagFilter(severity=request.severity, rule=request.rule, department=request.department,
                      report_ids=report_ids, review=request.only, flag_keys=ids or None)
    flags = load_flags(con, filt)
    for flag_id in ids:  # each id must name exactly one flag
        hits = [f for f in flags if f.flag_key.startswith(flag_id)]
        if len(hits) > 1:
            raise AmbiguousKey(t("review.ambiguous_id", id=flag_id, n=len(hits)))
        if not hits:
            raise NothingFound(t("review.unknown_id", id=flag_id), hint=t("review.unknown_id_hint"))
    return flags


def review_command(db: str, request: ReviewRequest, as_json: bool = False) -> int:
    _check(request)
    if request.list_reviews:
        return list_command(db, as_json)
    read_only = request.dry_run
    with Store(db, read_only=True) if read_only else _writable(db) as store:
        flags = chosen_flags(store.con, request)
        if not flags:
            raise NothingFound(t("review.none_match"))
        if request.dry_run:
            changed = 0
        elif request.clear:
            changed = clear_reviews(store.con, [f.flag_key for f in flags])
        else:
            assert request.state is not None  # _check refused a review without a state
            review = Review(request.state, reviewer_name(request.reviewer), request.note)
            changed = save_reviews(store.con, [FlagRef(f.flag_key, f.report_id, f.rule, ",".join(f.items),
                                                       f.stored_message) for f in flags], review)
        after = flags if request.dry_run else load_flags(store.con, FlagFilter(flag_keys=tuple(f.flag_key for f in flags)))
    if as_json:
        print(json.dumps({"changed": changed, "dry_run": request.dry_run, "flags": [f.as_json() for f in after]},
                         ensure_ascii=False, indent=2))
        return 0
    for f in after:
        print_flag(console, f, with_file=True)
    key = "review.dry_run" if request.dry_run else ("review.cleared" if request.clear else "review.saved")
    console.print(escape(t(key, n=len(flags), changed=changed,
                           state=t(f"review.{request.state.value}") if request.state else "")))
    return 0


def _writable(db: str) -> Store:
    from pathlib import Path

    if db != ":memory:" and not Path(db).is_file():
        raise DatabaseMissing(t("error.db_folder" if Path(db).is_dir() else "error.db_missing", db=db))
    return Store(db)


def list_command(db: str, as_json: bool) -> int:
    with Store(db, read_only=True) as store:
        if not has_table(store.con, "reviews"):
            reviewed: list[FlagView] = []
        else:
            reviewed = load_flags(store.con, FlagFilter(review=ReviewFilter.REVIEWED))
        stale = stale_reviews(store.con)
    if as_json:
        print(json.dumps({"reviews": [f.as_json() for f in reviewed],
                          "stale": [{k: json_value(v) for k, v in vars(s).items()} for s in stale]},
                         ensure_ascii=False, indent=2))
    if not reviewed and not stale:
        raise NothingFound(t("review.no_reviews"), hint=t("review.no_reviews_hint"))
    if as_json:
        return 0
    console.print(escape(t("review.list_title", n=len(reviewed), stale=len(stale))))
    for f in reviewed:
        print_flag(console, f, with_file=True)
    for s in stale:
        console.print(f"[dim]● {escape(t('review.stale'))}[/dim] · [bold]{escape(s.rule)}[/bold] · "
                      f"{escape(terminal_text(s.source_path or s.report_id[:16]))} · "
                      f"{escape(t('review.' + s.state))} · #{s.flag_key[:8]}")
        console.print("  " + escape(terminal_text(s.message or "")))
        console.print("  " + escape(t("flags.reviewed", state=t("review." + s.state), reviewer=terminal_text(s.reviewer),
                                      when=s.reviewed_at.strftime("%Y-%m-%d"), note=terminal_text(s.note or "—"))))
    return 0
