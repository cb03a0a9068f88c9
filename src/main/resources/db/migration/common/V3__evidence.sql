-- Where each statement's and figure's excerpt stands in its source's text, and how sure the proposer
-- that found it was. Null for facts entered without offsets.

alter table statement add column evidence_start integer;
alter table statement add column evidence_end integer;
alter table statement add column evidence_confidence double precision;

alter table statistic add column evidence_start integer;
alter table statistic add column evidence_end integer;
alter table statistic add column evidence_confidence double precision;
