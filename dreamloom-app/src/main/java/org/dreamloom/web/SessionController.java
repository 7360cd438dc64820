package org.dreamloom.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.dreamloom.library.store.WebSession;

/** Sign-up, login, logout and "who am I". */
final class SessionController {
    private final Auth auth;

    SessionController(Auth auth) {
        this.auth = auth;
    }

    Object current(Request r) {
        Map<String, Object> m = new LinkedHashMap<>();
        WebSession s = r.session();
        m.put("authenticated", s != null);
        if (s != null) {
            m.put("username", s.account().username());
            m.put("role", s.account().role());
        }
        m.put("csrf", auth.csrfToken(r.ctx(), s));
        return m;
    }

    Object signup(Request r) {
        String message = auth.signup(r.str("username", 200), r.str("password", 1000), r.ctx().ip());
        r.ctx().status(202);
        return Map.of("message", message);
    }

    Object login(Request r) {
        WebSession s = auth.login(r.ctx(), r.str("username", 200), r.str("password", 1000));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("authenticated", true);
        m.put("username", s.account().username());
        m.put("role", s.account().role());
        m.put("csrf", s.csrfToken());
        return m;
    }

    Object logout(Request r) {
        auth.logout(r.ctx(), r.session());
        return null;
    }
}
