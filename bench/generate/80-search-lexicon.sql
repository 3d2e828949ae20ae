-- The lexicon of the searched words (V21), which its triggers keep but which the load skips: every lexeme of every
-- search vector, as V21 gathers them.
insert into search_lexeme
select word from ts_stat('select search_vector from recommendation')
union select word from ts_stat('select search_vector from issue_raised')
union select word from ts_stat('select search_vector from consultation_session')
union select word from ts_stat('select search_vector from minutes_revision')
order by 1
on conflict do nothing;
