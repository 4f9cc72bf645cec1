-- The test-only fourth programme's staging table (饮水安全, FourthProgrammeJobTests): like the
-- others, keyed by return and row, without a foreign key (StagingRepository clears it by return).
CREATE TABLE water_row (
    return_id           BIGINT         NOT NULL,
    row_no              INTEGER        NOT NULL,
    project_name        VARCHAR(128)   NOT NULL,
    households_served   INTEGER        NOT NULL,
    quality_ok          BOOLEAN        NOT NULL,
    investment_10k_yuan NUMERIC(14, 4),
    PRIMARY KEY (return_id, row_no)
);
