-- The follow-up actions a letter's rules required besides sending it (referral as test case, copies of a judgment,
-- notices to a municipality, …): typed records as JSON text, recorded with the letter. Letters journalled before
-- this column existed required none that the service knew of: '[]'.
ALTER TABLE journal_letters ADD COLUMN follow_up TEXT NOT NULL DEFAULT '[]';
