-- Every lexeme of the searched documents, so that a word typed halfway is looked up as the few whole words that begin
-- so rather than as a prefix. GIN reads every row of a prefix into a bitmap before it intersects it with anything
-- (the 55,000 recommendations with "tax", to keep the 186 that are also accepted and about infrastructure), while
-- exact words are intersected in the index, skipping what the rarest of them leaves out.
--
-- Triggers add the lexemes of every row written (the forms, the intake, the API, the demo data, plain SQL). Nothing is
-- removed: a lexeme no longer used anywhere only adds to a query a word that matches nothing. The "C" collation lets
-- the primary key serve "word like 'tax%'".
create table search_lexeme (
    word text collate "C" primary key
);

-- The lexemes of the records so far.
insert into search_lexeme
select word from ts_stat('select search_vector from recommendation')
union select word from ts_stat('select search_vector from issue_raised')
union select word from ts_stat('select search_vector from consultation_session')
union select word from ts_stat('select search_vector from minutes_revision')
order by 1;

-- The words are added in order, so that two transactions adding the same new words wait for each other rather than
-- deadlock.
create function add_search_lexemes() returns trigger
    language plpgsql as $$
begin
    insert into search_lexeme
    select distinct word from written, unnest(tsvector_to_array(written.search_vector)) word
    order by 1
    on conflict do nothing;
    return null;
end
$$;

-- An update adds the lexemes of the rows whose words changed only: most updates change something else (a status, the
-- themes V20 keeps), and looking up every word of every such row again would cost more than the update.
create function add_changed_search_lexemes() returns trigger
    language plpgsql as $$
begin
    insert into search_lexeme
    select distinct word
    from written join replaced on replaced.id = written.id and replaced.search_vector <> written.search_vector,
         unnest(tsvector_to_array(written.search_vector)) word
    order by 1
    on conflict do nothing;
    return null;
end
$$;

-- Statement triggers, so that a statement writing many rows looks its words up once. (A trigger with transition tables
-- cannot be limited to the columns the search vector is made of.)
create procedure keep_search_lexemes(searched regclass)
    language plpgsql as $$
begin
    execute format('create trigger %I after insert on %s referencing new table as written '
                   'for each statement execute function add_search_lexemes()', searched || '_lexemes_added', searched);
    execute format('create trigger %I after update on %s referencing old table as replaced new table as written '
                   'for each statement execute function add_changed_search_lexemes()',
                   searched || '_lexemes_changed', searched);
end
$$;
call keep_search_lexemes('recommendation');
call keep_search_lexemes('issue_raised');
call keep_search_lexemes('consultation_session');
call keep_search_lexemes('minutes_revision');
drop procedure keep_search_lexemes;

-- The query for a word typed halfway: the whole words that begin so, when there are at most 30 of them, or else the
-- prefix itself, as before. (When no other word begins with it, that is the word alone.) A prefix that the parser
-- would not keep as it is, as one lexeme, stays a prefix; the letters and digits SearchTerms passes always are.
-- PL/pgSQL rather than SQL, so that its statements are planned once per connection rather than at every call.
create function registry_prefix(prefix text) returns tsquery
    language plpgsql stable parallel safe as $$
declare
    beginning text[];
begin
    if to_tsquery('simple', quote_literal(prefix))::text = quote_literal(prefix) then
        beginning := array(select word from search_lexeme
                           where word like replace(replace(replace(prefix, '\', '\\'), '%', '\%'), '_', '\_') || '%'
                           order by word limit 31);
        if cardinality(beginning) between 1 and 30 then
            return array_to_string(array(select '''' || replace(replace(word, '\', '\\'), '''', '''''') || ''''
                                         from unnest(beginning) word), ' | ')::tsquery;
        end if;
    end if;
    return to_tsquery('simple', quote_literal(prefix) || ':*');
end
$$;

-- The queries of the typed words, all required (as "&" joined them before).
create aggregate registry_all(tsquery) (sfunc = tsquery_and, stype = tsquery);

-- As in V20, a word is looked up by its stem and, when the stem does not begin it, as written too: each now through
-- registry_prefix. Reading search_lexeme makes it stable, no longer immutable (no index or generated column uses it),
-- so PostgreSQL no longer works it out once while planning: each search does, once per statement, with
-- "(select registry_query(:words))" (SearchTerms.QUERY).
create or replace function registry_query(words text) returns tsquery
    language plpgsql stable parallel safe as $$
declare
    query tsquery;
begin
    select registry_all(case when starts_with(word, stem) then registry_prefix(stem)
                             else registry_prefix(stem) || registry_prefix(word) end)
    into query
    from (select word, coalesce((ts_lexize('english_stem', word))[1], word) as stem
          from regexp_split_to_table(lower(words), '\s+') as word
          where word <> '' and ts_lexize('english_stem', word) <> '{}') typed;
    -- Made from the words rather than a constant, so that the notice that the query is empty comes only when it is.
    return coalesce(query, to_tsquery('simple', left(words, 0)));
end
$$;
