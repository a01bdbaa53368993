-- A learner's assignment submission file: readable by that learner, the academy's staff and the peers reviewing it,
-- never listed with the activity's own files.
ALTER TABLE media_file ADD COLUMN submitted_by UUID;
CREATE INDEX media_file_submitted_by_ix ON media_file (submitted_by);
