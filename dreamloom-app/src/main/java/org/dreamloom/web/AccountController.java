package org.dreamloom.web;

import java.util.Map;

/** The logged-in user's own account: change the password, or delete the account with all its dreams. */
final class AccountController {
    private final Auth auth;
    private final Services services;

    AccountController(Auth auth, Services services) {
        this.auth = auth;
        this.services = services;
    }

    /** PUT /api/account/password: {@code {"current": ..., "password": ...}}. */
    Object changePassword(Request r) {
        auth.changePassword(r.session(), r.str("current", 1000), r.str("password", 1000));
        return Map.of("message", "password changed; your other sessions were logged out");
    }

    /** DELETE /api/account: {@code {"password": ...}}; the dreams leave the search index in the background. */
    Object delete(Request r) {
        for (long id : auth.deleteAccount(r.ctx(), r.session(), r.str("password", 1000))) {
            services.search.deleteLater(id);
        }
        return null;
    }
}
