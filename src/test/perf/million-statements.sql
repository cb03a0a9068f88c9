-- Adds 1,000,000 synthetic statements to a newsgraph PostgreSQL database that the application has
-- migrated and seeded, to measure the statement text filter (README, "Text search on a million
-- statements"). Each text is 12 to 30 words drawn at random from the words of the seed's statements
-- (about 180 words); the word "quuxification" is planted in 25 statements (a rare word), while a
-- seed word such as "checkpoint" occurs in about a tenth of them (a common word).
--   psql -h 127.0.0.1 -U postgres -d newsgraph_bench -f src/test/perf/million-statements.sql
\timing on
create temporary table vocabulary as
    select row_number() over () as n, w as word
    from (select distinct lower(w) as w
          from statement, regexp_split_to_table(text || ' ' || excerpt, '[^[:alpha:]]+') as w
          where length(w) > 2) words;

select count(*) as words from vocabulary \gset

insert into statement (id, slug, text, kind, speaker_id, said_on, sort_date, source_id, excerpt)
select 1000000000 + i,
       'bench-' || i,
       (select string_agg(v.word, ' ' order by k)
          from generate_series(1, 12 + i % 19) as k
          join vocabulary v on v.n = 1 + abs(hashtext(i || ':' || k)) % :words)
         || case when i % 40000 = 0 then ' quuxification' else '' end,
       case when i % 2 = 0 then 'DIRECT_QUOTE' else 'PARAPHRASE' end,
       null,
       date '2020-01-01' + i % 1500,
       date '2020-01-01' + i % 1500,
       (select min(id) from source),
       'Bench'
  from generate_series(1, 1000000) as i;

analyze statement;
select count(*) as statements from statement;
select count(*) as with_rare_word from statement where lower(text) like '%quuxification%';
select count(*) as with_common_word from statement where lower(text) like '%checkpoint%';
