package org.mallcrm.application.account.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mallcrm.application.account.port.in.AccountUseCases;
import org.mallcrm.application.account.port.out.Accounts;
import org.mallcrm.application.account.port.out.WebSessions;
import org.mallcrm.application.common.port.in.Outcome;
import org.mallcrm.application.common.port.in.RowError;
import org.mallcrm.application.common.port.out.Clock;
import org.mallcrm.application.common.port.out.UnitOfWork;
import org.mallcrm.application.merchant.port.out.Merchants;
import org.mallcrm.domain.access.Department;
import org.mallcrm.domain.access.Principal;
import org.mallcrm.domain.access.Role;
import org.mallcrm.domain.account.Account;
import org.mallcrm.domain.account.AccountStatus;
import org.mallcrm.domain.account.LoginName;
import org.mallcrm.domain.account.Passwords;
import org.mallcrm.domain.merchant.MerchantNo;

/** Opens, lists and disables accounts; passwords are hashed here and never stored or returned otherwise. */
public final class AccountService implements AccountUseCases {

    private final Accounts accounts;
    private final WebSessions sessions;
    private final Merchants merchants;
    private final Passwords passwords;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public AccountService(Accounts accounts, WebSessions sessions, Merchants merchants, Passwords passwords,
            UnitOfWork unitOfWork, Clock clock) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.merchants = merchants;
        this.passwords = passwords;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public Outcome<Created> create(NewAccount c) {
        List<RowError> errors = new ArrayList<>();
        LoginName login = null;
        try {
            login = LoginName.of(c.login());
        } catch (IllegalArgumentException e) {
            errors.add(new RowError(0, "login", String.valueOf(c.login()), e.getMessage()));
        }
        Role role = c.role();
        if (role == null) {
            errors.add(new RowError(0, "role", "", "a role is needed: STAFF, MERCHANT, BUYER or CHANNEL"));
        }
        Optional<Department> department = Optional.empty();
        boolean hasDepartment = c.department() != null && !c.department().isBlank();
        if (role == Role.STAFF) {
            department = Department.parse(c.department());
            if (department.isEmpty()) {
                errors.add(new RowError(0, "department", c.department() == null ? "" : c.department(),
                        hasDepartment ? "not a department; one of " + departments()
                                : "a staff account needs a department: one of " + departments()));
            }
        } else if (role != null && hasDepartment) {
            errors.add(new RowError(0, "department", c.department(), "only staff accounts have a department"));
        }
        Optional<String> subject = Optional.ofNullable(c.subject()).map(String::strip).filter(s -> !s.isEmpty());
        if (role == Role.STAFF && subject.isPresent()) {
            errors.add(new RowError(0, "subject", subject.get(),
                    "a staff account is not bound to a merchant, buyer or channel"));
        } else if (role != null && role != Role.STAFF && subject.isEmpty()) {
            errors.add(new RowError(0, Principal.subjectName(role), "",
                    "a " + role + " account must name its " + Principal.subjectName(role)));
        }
        if (role == Role.MERCHANT && subject.isPresent()) {
            try {
                MerchantNo.of(subject.get());
            } catch (IllegalArgumentException e) {
                errors.add(new RowError(0, "merchant", subject.get(), e.getMessage()));
                subject = Optional.empty();
            }
        }
        boolean generated = c.password() == null;
        String password = generated ? passwords.generate() : c.password();
        if (!generated && login != null) {
            Passwords.problem(password, login).ifPresent(p -> errors.add(new RowError(0, "password", "", p)));
        }
        if (!errors.isEmpty()) {
            return new Outcome.Invalid<>(errors);
        }
        if (role == Role.MERCHANT && merchants.find(MerchantNo.of(subject.orElseThrow())).isEmpty()) {
            return Outcome.notFound("merchant " + subject.get());
        }
        Account account = Account.open(login, role, department, subject, passwords.hash(password), clock.now());
        LoginName taken = login;
        boolean stored = unitOfWork.inTransaction(() -> accounts.insert(account));
        if (!stored) {
            return Outcome.refused("the login '" + taken + "' is taken");
        }
        return Outcome.done(new Created(account, generated ? Optional.of(password) : Optional.empty()));
    }

    private static String departments() {
        return Department.choices();
    }

    @Override
    public List<Account> list() {
        return accounts.list();
    }

    @Override
    public Optional<Account> find(String login) {
        try {
            return accounts.find(LoginName.of(login));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    public Outcome<Account> disable(String login) {
        Optional<Account> found = find(login);
        if (found.isEmpty()) {
            return Outcome.notFound("account " + login);
        }
        if (found.get().status() == AccountStatus.DISABLED) {
            return Outcome.refused("the account '" + found.get().login() + "' is disabled already");
        }
        Account disabled = found.get().disabled();
        unitOfWork.run(() -> {
            accounts.update(disabled);
            sessions.deleteAll(disabled.login());
        });
        return Outcome.done(disabled);
    }

    @Override
    public Outcome<Created> resetPassword(String login, String password) {
        Optional<Account> found = find(login);
        if (found.isEmpty()) {
            return Outcome.notFound("account " + login);
        }
        boolean generated = password == null;
        String pw = generated ? passwords.generate() : password;
        if (!generated) {
            Optional<String> problem = Passwords.problem(pw, found.get().login());
            if (problem.isPresent()) {
                return Outcome.invalid("password", "", problem.get());
            }
        }
        Account changed = found.get().withPassword(passwords.hash(pw));
        unitOfWork.run(() -> {
            accounts.update(changed);
            sessions.deleteAll(changed.login());
        });
        return Outcome.done(new Created(changed, generated ? Optional.of(pw) : Optional.empty()));
    }
}
