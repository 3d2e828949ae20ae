-- The organisation footprint (V24), which its triggers keep but which the load skips: every row its view gives, as
-- V24 fills it. (Its index is dropped for the load and built again after this file, with the others.)
insert into organisation_footprint select * from organisation_footprint_source;
