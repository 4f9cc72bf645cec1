-- The name the clerk gave the return's 卫生改厕 sheet (it may be English: Toilets), so that a
-- repeated 身份证号, found only once every return is loaded, is reported in the clerk's own sheet.
ALTER TABLE intake_return ADD COLUMN toilet_sheet VARCHAR(64);
