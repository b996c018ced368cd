package com.aeims.domain.model.number;

/** The kinds of number operators can rent; each has its own monthly fee. */
public enum NumberType {
    LOCAL,
    TOLL_FREE
}
