-- Searching by a person's name, at the size of ten years of sessions.
--
-- The recommendations a person proposed: the search's words may stand for people, and it then also looks for what
-- they proposed. Without an index that meant reading every recommendation (with the issues they raised, 337 ms for
-- "bilal ahmed" on the benchmark data; 4.5 ms with it and the search's rewritten condition).
create index recommendation_proposer_person_idx on recommendation (proposer_person_id)
    where proposer_person_id is not null;

-- Planning a trigram comparison with a name (`lower(full_name) % 'airlnk'`) estimates how many rows match by running
-- it on the values ANALYZE sampled for that expression: up to 200 names by default. On the benchmark data that made
-- planning the person lookup take 0.48 ms, four times its execution; with ten sampled values 0.28 ms (organisations:
-- 0.35 to 0.15 ms). Names are nearly all distinct, so a small sample estimates them as well. PostgreSQL takes the
-- expression's sample from one of the indexes over it, so each gets the smaller sample; an index added over these
-- expressions needs the same.
alter index person_name_idx alter column 1 set statistics 10;
alter index person_name_trgm_idx alter column 1 set statistics 10;
alter index person_organisation_collated_name_idx alter column 2 set statistics 10;
alter index organisation_name_key alter column 1 set statistics 10;
alter index organisation_name_trgm_idx alter column 1 set statistics 10;
alter index organisation_alias_key alter column 1 set statistics 10;
alter index organisation_alias_trgm_idx alter column 1 set statistics 10;
analyze person;
analyze organisation;
analyze organisation_alias;
