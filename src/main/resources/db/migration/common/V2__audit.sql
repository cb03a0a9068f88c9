-- Optimistic locking and audit for every keyed entity: who created and last changed it, and when.
-- Rows that existed before this migration came from datasets loaded at start-up.

alter table source add column version integer default 0 not null;
alter table source add column created_at timestamp with time zone default current_timestamp not null;
alter table source add column created_by varchar(100) default 'dataset-loader' not null;
alter table source add column updated_at timestamp with time zone default current_timestamp not null;
alter table source add column updated_by varchar(100) default 'dataset-loader' not null;

alter table actor add column version integer default 0 not null;
alter table actor add column created_at timestamp with time zone default current_timestamp not null;
alter table actor add column created_by varchar(100) default 'dataset-loader' not null;
alter table actor add column updated_at timestamp with time zone default current_timestamp not null;
alter table actor add column updated_by varchar(100) default 'dataset-loader' not null;

alter table place add column version integer default 0 not null;
alter table place add column created_at timestamp with time zone default current_timestamp not null;
alter table place add column created_by varchar(100) default 'dataset-loader' not null;
alter table place add column updated_at timestamp with time zone default current_timestamp not null;
alter table place add column updated_by varchar(100) default 'dataset-loader' not null;

alter table event add column version integer default 0 not null;
alter table event add column created_at timestamp with time zone default current_timestamp not null;
alter table event add column created_by varchar(100) default 'dataset-loader' not null;
alter table event add column updated_at timestamp with time zone default current_timestamp not null;
alter table event add column updated_by varchar(100) default 'dataset-loader' not null;

alter table statement add column version integer default 0 not null;
alter table statement add column created_at timestamp with time zone default current_timestamp not null;
alter table statement add column created_by varchar(100) default 'dataset-loader' not null;
alter table statement add column updated_at timestamp with time zone default current_timestamp not null;
alter table statement add column updated_by varchar(100) default 'dataset-loader' not null;

alter table statistic add column version integer default 0 not null;
alter table statistic add column created_at timestamp with time zone default current_timestamp not null;
alter table statistic add column created_by varchar(100) default 'dataset-loader' not null;
alter table statistic add column updated_at timestamp with time zone default current_timestamp not null;
alter table statistic add column updated_by varchar(100) default 'dataset-loader' not null;
