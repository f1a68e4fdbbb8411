-- Jobs gain the states queued and cancelled. Jobs are transient (a running job does not survive
-- its server), so the table is made anew rather than altered: the check constraint's name differs
-- between H2 and PostgreSQL.
drop table job;

create table job (
    id       varchar(40)     primary key,
    owner    varchar(100)    not null,
    status   varchar(20)     not null check (status in ('queued', 'running', 'done', 'failed', 'cancelled')),
    progress double precision not null,
    result   varchar(1000000),
    error    varchar(4000),
    updated  timestamp       not null
);

create index job_owner on job (owner, status);
