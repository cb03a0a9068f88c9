-- Pages per parent (an official's statements, a country's figures, a source's statements, ...) are read
-- in their order, newest first with the slug breaking ties, and stop after the page size. An index on
-- (parent, sort key, slug) lets each parent's page come straight off the index; with only
-- (parent, sort key), PostgreSQL read every statement of a speaker (up to thousands) to sort them on the
-- slug, and the figures of a country were found by walking the whole date index backwards.
drop index statement_speaker_ix;
create index statement_speaker_ix on statement (speaker_id, sort_date, slug);
drop index statement_source_ix;
create index statement_source_ix on statement (source_id, sort_date, slug);
create index statistic_country_sort_ix on statistic (country_id, sort_date, slug);
drop index statistic_reported_by_ix;
create index statistic_reported_by_ix on statistic (reported_by_id, sort_date, slug);
drop index statistic_source_ix;
create index statistic_source_ix on statistic (source_id, sort_date, slug);
drop index event_country_ix;
create index event_country_ix on event (country_id, start_date, slug);
drop index place_country_ix;
create index place_country_ix on place (country_id, name, slug);
