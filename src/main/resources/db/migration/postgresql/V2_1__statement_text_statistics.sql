-- PostgreSQL only: a stable plan for the statement text filter. Statement texts are nearly all
-- distinct, and with the default statistics target the estimate for lower(text) like '%word%' swung
-- with ANALYZE's random sample: after one import PostgreSQL walked the said_on index backwards, after
-- the next it used the trigram index, and a search ran five times slower or faster depending on which.
-- A full-size sample of the expression index makes the estimate, and the plan, the same after every
-- import.
alter table statement alter column text set statistics 1000;
alter index statement_text_trgm_ix alter column 1 set statistics 1000;
