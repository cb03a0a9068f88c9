-- PostgreSQL only: an index for the statement text filter (StatementFilter.text, "every word
-- occurs, any case"). The filter is one condition per word, lower(text) like '%word%' (the same
-- portable SQL as on H2); a trigram GIN index over lower(text) answers exactly these conditions,
-- so the semantics stay substring matching and H2 and PostgreSQL return the same statements.
-- Words of fewer than three characters have no trigram and make PostgreSQL read the whole index;
-- the results are still right.
-- pg_trgm is a trusted extension (PostgreSQL 13+): the owner of the database may create it.
create extension if not exists pg_trgm;

create index statement_text_trgm_ix on statement using gin (lower(text) gin_trgm_ops);
