package org.treatywatch.web.pages;

import org.treatywatch.web.auth.Access;

/**
 * What every page's frame needs: its title, which navigation entry is current, and the signed-in
 * analyst with the CSRF token that each of the page's forms must carry.
 *
 * @param user      null when nobody is signed in
 * @param csrfToken the session's token, or the sign-in form's double-submit token, or null
 */
public record Frame(String title, String active, Access.User user, String csrfToken) {
    public boolean signedIn() {
        return user != null;
    }
}
