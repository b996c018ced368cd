package com.aeims.interfaces.web.admin;

import com.aeims.application.operator.OperatorAccountService;
import com.aeims.domain.model.operator.Operator;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

@Named
@RequestScoped
public class OperatorList {

    @Inject
    private OperatorAccountService operators;

    private List<Operator> all;

    @PostConstruct
    void load() {
        all = operators.allOperators();
    }

    public List<Operator> getAll() { return all; }
}
