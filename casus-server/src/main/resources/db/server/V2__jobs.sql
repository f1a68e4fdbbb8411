-- Long analyses run as jobs; their state lives here so that any server instance can report it.
create table job (
    id       varchar(40)     primary key,
    owner    varchar(100)    not null,
    status   varchar(20)     not null check (status in ('running', 'done', 'failed')),
    progress double precision not null,
    result   varchar(1000000),
    error    varchar(4000),
    updated  timestamp       not null
);
