"""SQL pieces shared by every view that shows or filters flags by their review state.

A dataset written before reviews existed has no `reviews` table and perhaps no
`flags.flag_key` column; these pieces fall back so every reader still works read-only.
"""
from __future__ import annotations

import duckdb

from pipeline.storage.reviews import has_column, has_table
from schemas.tables import ReviewFilter

EMPTY_REVIEWS = ("(SELECT NULL::VARCHAR AS flag_key, NULL::VARCHAR AS state, NULL::VARCHAR AS note, "
                 "NULL::VARCHAR AS reviewer, NULL::TIMESTAMP AS reviewed_at, NULL::VARCHAR AS report_id, "
                 "NULL::VARCHAR AS rule, NULL::VARCHAR AS items, NULL::VARCHAR AS message WHERE false)")


def flag_key_sql(con: duckdb.DuckDBPyConnection, alias: str = "f") -> str:
    """`flags.flag_key`, or (a dataset written before it existed) a key made of the row itself."""
    fallback = (f"substr(sha256(concat_ws('|', {alias}.report_id, {alias}.rule, {alias}.items, "
                f"{alias}.message)), 1, 20)")
    if has_column(con, "flags", "flag_key"):
        return f"coalesce({alias}.flag_key, {fallback})"
    return fallback


def reviews_sql(con: duckdb.DuckDBPyConnection) -> str:
    """The reviews table, or an empty one with its columns when no review was ever made."""
    return "reviews" if has_table(con, "reviews") else EMPTY_REVIEWS


def review_sql(review: ReviewFilter, alias: str = "v") -> str:
    """The condition on a reviews row (aliased; a null state: not reviewed)."""
    state = f"{alias}.state"
    return {
        ReviewFilter.OPEN: f"({state} IS NULL OR {state} = 'follow_up')",
        ReviewFilter.UNREVIEWED: f"{state} IS NULL",
        ReviewFilter.REVIEWED: f"{state} IS NOT NULL",
    }.get(review, f"{state} = '{review.value}'")


def flags_with_reviews(con: duckdb.DuckDBPyConnection) -> str:
    """A FROM clause: flags `f` with their key `k.flag_key` and review `v` (null columns when none)."""
    return (f"flags f CROSS JOIN LATERAL (SELECT {flag_key_sql(con)} AS flag_key) k "
            f"LEFT JOIN {reviews_sql(con)} v ON v.flag_key = k.flag_key")
