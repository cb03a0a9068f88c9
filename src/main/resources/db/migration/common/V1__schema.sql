-- newsgraph schema. Portable SQL: runs unchanged on H2 2.x and PostgreSQL 14+.
-- Hibernate validates this schema and never generates it.
-- Column names avoid SQL keywords (key, value, end, ...) so nothing needs quoting.
-- Every table draws its surrogate primary key from one pooled sequence (allocation 50),
-- which keeps JDBC insert batching possible; surrogate keys never leave the database.

create sequence entity_id_seq start with 1 increment by 50;

create table country (
    id      bigint       not null primary key,
    code    varchar(2)   not null,
    alpha3  varchar(3)   not null,
    name    varchar(200) not null,
    constraint country_code_uk unique (code),
    constraint country_alpha3_uk unique (alpha3),
    constraint country_code_ck check (code = upper(code)),
    constraint country_alpha3_ck check (alpha3 = upper(alpha3))
);

-- Land borders, stored in both directions so either side finds its neighbours with one index.
create table country_neighbor (
    country_id  bigint not null references country (id),
    neighbor_id bigint not null references country (id),
    constraint country_neighbor_pk primary key (country_id, neighbor_id),
    constraint country_neighbor_self_ck check (country_id <> neighbor_id)
);
create index country_neighbor_neighbor_ix on country_neighbor (neighbor_id);

-- Officials and organizations share one table, so they share one key space.
create table actor (
    id                bigint       not null primary key,
    slug              varchar(100) not null,
    actor_type        varchar(20)  not null,
    name              varchar(300) not null,
    country_id        bigint       references country (id),
    organization_kind varchar(30),
    constraint actor_slug_uk unique (slug),
    constraint actor_type_ck check (actor_type in ('OFFICIAL', 'ORGANIZATION')),
    constraint actor_org_kind_ck check (
        (actor_type = 'OFFICIAL' and organization_kind is null)
        or (actor_type = 'ORGANIZATION' and organization_kind in
            ('GOVERNMENT', 'MINISTRY', 'AGENCY', 'REGIONAL_AUTHORITY', 'INTERGOVERNMENTAL', 'OTHER')))
);
create index actor_country_ix on actor (country_id);
create index actor_name_ix on actor (name);

create table official_alias (
    official_id bigint       not null references actor (id),
    alias       varchar(300) not null,
    constraint official_alias_pk primary key (official_id, alias)
);

create table official_position (
    id              bigint       not null primary key,
    official_id     bigint       not null references actor (id),
    title           varchar(300) not null,
    country_id      bigint       references country (id),
    organization_id bigint       references actor (id),
    started_on      date,
    ended_on        date,
    constraint official_position_dates_ck check (started_on is null or ended_on is null or started_on <= ended_on)
);
create index position_official_ix on official_position (official_id);
create index position_country_ix on official_position (country_id, ended_on);
create index position_organization_ix on official_position (organization_id);

create table source (
    id           bigint        not null primary key,
    slug         varchar(100)  not null,
    title        varchar(500)  not null,
    publisher    varchar(300),
    url          varchar(2000),
    published_on date          not null,
    language     varchar(35)   not null,
    full_text    varchar(1000000),
    constraint source_slug_uk unique (slug)
);
create index source_published_ix on source (published_on, slug);

create table place (
    id         bigint       not null primary key,
    slug       varchar(100) not null,
    name       varchar(300) not null,
    kind       varchar(20)  not null,
    country_id bigint       not null references country (id),
    constraint place_slug_uk unique (slug),
    constraint place_kind_ck check (kind in ('CHECKPOINT', 'REGION', 'CITY', 'OTHER'))
);
create index place_country_ix on place (country_id, name);

create table event (
    id              bigint       not null primary key,
    slug            varchar(100) not null,
    name            varchar(300) not null,
    description     varchar(5000),
    start_date      date         not null,
    end_date        date,
    country_id      bigint       references country (id),
    initiated_by_id bigint       references actor (id),
    constraint event_slug_uk unique (slug),
    constraint event_dates_ck check (end_date is null or start_date <= end_date)
);
create index event_country_ix on event (country_id, start_date);
create index event_start_ix on event (start_date, slug);
create index event_initiated_by_ix on event (initiated_by_id);

-- sort_date is the statement's date for ordering, paging and date filters:
-- said_on, or the source's publication date when the statement is undated.
create table statement (
    id         bigint         not null primary key,
    slug       varchar(100)   not null,
    text       varchar(10000) not null,
    kind       varchar(20)    not null,
    speaker_id bigint         references actor (id),
    said_on    date,
    sort_date  date           not null,
    source_id  bigint         not null references source (id),
    excerpt    varchar(10000) not null,
    constraint statement_slug_uk unique (slug),
    constraint statement_kind_ck check (kind in ('DIRECT_QUOTE', 'PARAPHRASE')),
    constraint statement_sort_date_ck check (said_on is null or sort_date = said_on)
);
create index statement_sort_ix on statement (sort_date, slug);
create index statement_speaker_ix on statement (speaker_id, sort_date);
create index statement_source_ix on statement (source_id, sort_date);

create table statement_country (
    statement_id bigint not null references statement (id),
    country_id   bigint not null references country (id),
    constraint statement_country_pk primary key (statement_id, country_id)
);
create index statement_country_country_ix on statement_country (country_id, statement_id);

create table statement_place (
    statement_id bigint not null references statement (id),
    place_id     bigint not null references place (id),
    constraint statement_place_pk primary key (statement_id, place_id)
);
create index statement_place_place_ix on statement_place (place_id, statement_id);

create table statement_event (
    statement_id bigint not null references statement (id),
    event_id     bigint not null references event (id),
    constraint statement_event_pk primary key (statement_id, event_id)
);
create index statement_event_event_ix on statement_event (event_id, statement_id);

-- A statistic stores what was reported: one exact or approximate value, a lower
-- bound, an upper bound, or a range. sort_date is period_end, else period_start,
-- else the source's publication date.
create table statistic (
    id                bigint        not null primary key,
    slug              varchar(100)  not null,
    metric            varchar(100)  not null,
    description       varchar(2000) not null,
    num_value         double precision,
    num_low           double precision,
    num_high          double precision,
    approximation     varchar(20)   not null,
    unit              varchar(50)   not null,
    rate              varchar(20),
    period_start      date,
    period_end        date,
    sort_date         date          not null,
    country_id        bigint        not null references country (id),
    origin_country_id bigint        references country (id),
    place_id          bigint        references place (id),
    reported_by_id    bigint        references actor (id),
    statement_id      bigint        references statement (id),
    source_id         bigint        not null references source (id),
    excerpt           varchar(10000) not null,
    constraint statistic_slug_uk unique (slug),
    constraint statistic_approximation_ck check (
        (approximation in ('EXACT', 'APPROXIMATE') and num_value is not null and num_low is null and num_high is null)
        or (approximation = 'AT_LEAST' and num_low is not null and num_value is null and num_high is null)
        or (approximation = 'AT_MOST' and num_high is not null and num_value is null and num_low is null)
        or (approximation = 'RANGE' and num_low is not null and num_high is not null and num_low <= num_high
            and num_value is null)),
    constraint statistic_rate_ck check (rate is null or rate in ('PER_DAY', 'PER_WEEK', 'PER_MONTH', 'PER_YEAR')),
    constraint statistic_period_ck check (period_start is null or period_end is null or period_start <= period_end)
);
create index statistic_country_ix on statistic (country_id, metric, sort_date);
create index statistic_metric_ix on statistic (metric, sort_date);
create index statistic_sort_ix on statistic (sort_date, slug);
create index statistic_origin_ix on statistic (origin_country_id);
create index statistic_place_ix on statistic (place_id);
create index statistic_reported_by_ix on statistic (reported_by_id, sort_date);
create index statistic_statement_ix on statistic (statement_id);
create index statistic_source_ix on statistic (source_id, sort_date);

create table statistic_event (
    statistic_id bigint not null references statistic (id),
    event_id     bigint not null references event (id),
    constraint statistic_event_pk primary key (statistic_id, event_id)
);
create index statistic_event_event_ix on statistic_event (event_id, statistic_id);

-- Datasets loaded at start-up (newsgraph.datasets), by content hash, so a restart loads nothing twice
-- and an editor's later correction is not overwritten by an unchanged file.
create table loaded_dataset (
    location  varchar(1000) not null,
    sha256    varchar(64)   not null,
    loaded_at timestamp     not null,
    constraint loaded_dataset_pk primary key (location, sha256)
);
