-- The dashboard's figures read whole tables (counted at most every few minutes); these indexes let PostgreSQL read
-- only the columns each figure needs.

-- Decision times need, for every recommendation, when it was first proposed and first accepted or rejected: those
-- changes alone, in recommendation order with their times, instead of all 1.8 million status changes (ten years).
create index recommendation_status_change_decision_idx on recommendation_status_change (recommendation_id, to_status, changed_at)
    where to_status in ('PROPOSED', 'ACCEPTED', 'REJECTED');

-- Recommendations by theme need each issue's category: read from this index, not from the issue table with its
-- texts (500 MB at ten years). It serves every lookup by category that the one it replaces did.
create index issue_raised_category_id_idx on issue_raised (category, id);
drop index issue_raised_category_idx;
