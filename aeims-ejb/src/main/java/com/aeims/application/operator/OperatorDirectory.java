package com.aeims.application.operator;

import com.aeims.domain.model.operator.Operator;
import java.util.List;
import java.util.Optional;

/** The operators customers can find on a site. */
public interface OperatorDirectory {

    record Page(List<Operator> operators, long total) {
    }

    Page search(long siteId, OperatorSearch search, int first, int pageSize);

    /** An operator listed on the given site. */
    Optional<Operator> findOnSite(long operatorId, long siteId);

    /** The distinct attribute values operators on a site use, for search filter choices. */
    List<String> attributeValues(long siteId, String attribute);
}
