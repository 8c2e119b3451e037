-- The smaller or more quantized variant an inference workload accepts instead of the stated model
-- (investment advice may propose it): a minimum parameter count and a lowest precision, each optional.
ALTER TABLE workload ADD COLUMN substitute_min_params_billion DOUBLE PRECISION
    CHECK (substitute_min_params_billion > 0 AND substitute_min_params_billion <= params_billion);
ALTER TABLE workload ADD COLUMN substitute_precision VARCHAR(8);
