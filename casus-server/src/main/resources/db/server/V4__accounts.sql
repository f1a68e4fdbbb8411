-- Accounts (OWASP ASVS 4.0 level 2, V2): a one-time password must be changed at first login;
-- user names are unique regardless of case; login attempts record the client address, so that
-- failures from one address do not lock the account out for everyone else.
alter table app_user add column must_change boolean default false not null;
alter table app_user add column name_key varchar(100);
update app_user set name_key = lower(name);
create unique index app_user_by_name_key on app_user (name_key);

alter table login_attempt add column client varchar(64) default '' not null;
create index login_attempt_client on login_attempt (name, client, at);
create index login_attempt_at on login_attempt (at);
