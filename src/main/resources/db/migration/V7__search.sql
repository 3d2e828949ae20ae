-- Search over the registry: weighted full-text documents kept by PostgreSQL itself (generated columns, so every
-- way of writing a row keeps them current), GIN indexes over them, and trigram indexes for names and acronyms
-- typed with a slip of the finger.
--
-- Each document holds every word twice: stemmed by the 'english' configuration ("manufacturing" and
-- "manufacturers" share "manufactur"), and as written ('simple'), so that a word typed halfway ("manufacturi")
-- still finds it as a prefix. Words in other scripts, such as Urdu, are kept as they are written either way.

create extension if not exists pg_trgm;
create extension if not exists fuzzystrmatch;

create function registry_document(content text) returns tsvector
    language sql immutable parallel safe
    return to_tsvector('english', coalesce(content, '')) || to_tsvector('simple', coalesce(content, ''));

-- The query for words typed into a search box (letters and digits only, separated by spaces): every word must match,
-- as the beginning of a word either stemmed or as written. Words too common to tell anything ("the", "of") are left out.
create function registry_query(words text) returns tsquery
    language sql immutable parallel safe
    return to_tsquery('simple', coalesce((
        select string_agg('(' || quote_literal(coalesce((ts_lexize('english_stem', word))[1], word)) || ':* | '
                          || quote_literal(word) || ':*)', ' & ')
        from regexp_split_to_table(lower(words), '\s+') as word
        where word <> '' and ts_lexize('english_stem', word) <> '{}'), ''));

alter table recommendation add column search_vector tsvector generated always as (
    setweight(registry_document(title), 'A') ||
    setweight(registry_document(details), 'B')) stored;
create index recommendation_search_idx on recommendation using gin (search_vector);

alter table issue_raised add column search_vector tsvector generated always as (
    setweight(registry_document(title), 'A') ||
    setweight(registry_document(details), 'B')) stored;
create index issue_raised_search_idx on issue_raised using gin (search_vector);

alter table consultation_session add column search_vector tsvector generated always as (
    setweight(registry_document(title), 'A') ||
    setweight(registry_document(theme), 'A') ||
    setweight(registry_document(coalesce(objectives, '') || ' ' || coalesce(outcome, '')), 'B') ||
    setweight(registry_document(summary), 'C') ||
    setweight(registry_document(coalesce(venue, '') || ' ' || coalesce(city, '')), 'D')) stored;
create index consultation_session_search_idx on consultation_session using gin (search_vector);

-- The minutes are found through their revisions; only the current one of each is searched.
alter table minutes_revision add column search_vector tsvector generated always as (
    setweight(registry_document(text), 'C')) stored;
create index minutes_revision_search_idx on minutes_revision using gin (search_vector);

create index organisation_name_trgm_idx on organisation using gin (lower(name) gin_trgm_ops);
create index organisation_acronym_trgm_idx on organisation using gin (lower(acronym) gin_trgm_ops);
create index organisation_alias_trgm_idx on organisation_alias using gin (lower(alias) gin_trgm_ops);
create index person_name_trgm_idx on person using gin (lower(full_name) gin_trgm_ops);

-- Filters of the recommendations list: by the date of the session they came from, by theme (the category of the
-- issues they answer) and by who raised those issues.
create index issue_raised_category_idx on issue_raised (category);
create index recommendation_session_created_idx on recommendation (origin_session_id, created_at desc, id desc);
