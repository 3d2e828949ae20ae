-- The files above run with session_replication_role = replica, which skips the foreign-key triggers (they cost more
-- than the inserts themselves). So every foreign key of every table is checked here in one pass per key, and the
-- generation fails if any row points nowhere. CHECK constraints and unique indexes were enforced all along.
do $$
declare
    fk record;
    orphans bigint;
begin
    for fk in
        select c.conname, c.conrelid::regclass as child, c.confrelid::regclass as parent,
               (select string_agg(format('c.%I', a.attname), ', ' order by k.ord)
                from unnest(c.conkey) with ordinality k(attnum, ord)
                join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.attnum) as child_columns,
               (select string_agg(format('p.%I', a.attname), ', ' order by k.ord)
                from unnest(c.confkey) with ordinality k(attnum, ord)
                join pg_attribute a on a.attrelid = c.confrelid and a.attnum = k.attnum) as parent_columns
        from pg_constraint c
        where c.contype = 'f' and c.connamespace = 'public'::regnamespace
    loop
        execute format('select count(*) from %s c where (%s) is not null and not exists '
                       '(select 1 from %s p where (%s) = (%s))',
                       fk.child, fk.child_columns, fk.parent, fk.parent_columns, fk.child_columns)
            into orphans;
        if orphans > 0 then
            raise exception '% rows of % break foreign key %', orphans, fk.child, fk.conname;
        end if;
    end loop;
end $$;

-- The themes kept on each recommendation (V20) are written by 60-recommendations.sql, as the triggers that keep them
-- are skipped during the load: they must be the categories of the issues it answers.
do $$
declare
    wrong bigint;
begin
    select count(*) into wrong
    from recommendation r
    left join (select ri.recommendation_id, array_agg(distinct i.category::text order by i.category::text) as themes
               from recommendation_issue ri join issue_raised i on i.id = ri.issue_id
               group by ri.recommendation_id) answered on answered.recommendation_id = r.id
    where r.themes is distinct from coalesce(answered.themes, '{}');
    if wrong > 0 then
        raise exception '% recommendations have themes other than the categories of their issues', wrong;
    end if;
end $$;

-- So are the organisations that raised the issues each answers (V25).
do $$
declare
    wrong bigint;
begin
    select count(*) into wrong
    from recommendation r
    left join (select ri.recommendation_id,
                      array_agg(distinct i.raised_by_organisation_id order by i.raised_by_organisation_id)
                          filter (where i.raised_by_organisation_id is not null) as organisations
               from recommendation_issue ri join issue_raised i on i.id = ri.issue_id
               group by ri.recommendation_id) answered on answered.recommendation_id = r.id
    where r.raised_by_organisations is distinct from coalesce(answered.organisations, '{}');
    if wrong > 0 then
        raise exception '% recommendations name other organisations than those that raised their issues', wrong;
    end if;
end $$;

-- The lexicon (V21) is filled by 80-search-lexicon.sql, as its triggers are skipped during the load: a lexeme missing
-- from it would make a word typed halfway miss the records that have it.
do $$
declare
    missing bigint;
begin
    select count(*) into missing
    from (select word from ts_stat('select search_vector from recommendation')
          union select word from ts_stat('select search_vector from issue_raised')
          union select word from ts_stat('select search_vector from consultation_session')
          union select word from ts_stat('select search_vector from minutes_revision')) indexed
    where not exists (select 1 from search_lexeme l where l.word = indexed.word);
    if missing > 0 then
        raise exception '% lexemes of the search vectors are missing from search_lexeme', missing;
    end if;
end $$;

-- The organisation footprint (V24) is filled by 85-organisation-footprint.sql, as its triggers are skipped during the
-- load: a row missing or left over would show an organisation's page a list other than its records give.
do $$
declare
    wrong bigint;
begin
    select count(*) into wrong
    from ((select * from organisation_footprint_source except all select * from organisation_footprint)
          union all
          (select * from organisation_footprint except all select * from organisation_footprint_source)) differing;
    if wrong > 0 then
        raise exception '% rows of organisation_footprint differ from what the records give', wrong;
    end if;
end $$;
