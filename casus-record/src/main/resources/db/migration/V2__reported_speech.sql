-- Reported speech ("The Secretary emphasized that...") has no verbatim quote: the statement keeps the
-- reporter's sentence as its paraphrase. A statement still needs one or the other.
alter table statement alter column quote drop not null;
alter table statement add constraint statement_has_words check (quote is not null or paraphrase is not null);
