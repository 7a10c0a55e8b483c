package org.mallcrm.domain.lease;

/** What a lease (租赁合同) is: a first signing, a renewal, or a move to another stall. */
public enum LeaseKind {
    /** 新签. */
    NEW,
    /** 续签. */
    RENEWAL,
    /** 调铺: carries over the exit of the old stall. */
    RELOCATION
}
