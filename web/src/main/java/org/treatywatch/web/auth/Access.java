package org.treatywatch.web.auth;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.SameSite;
import io.javalin.http.TooManyRequestsResponse;
import io.javalin.http.UnauthorizedResponse;
import java.util.Optional;
import org.treatywatch.store.Analyst;
import io.javalin.http.HandlerType;
import org.treatywatch.web.ApiException;
import org.treatywatch.web.Auth;
import org.treatywatch.web.Authenticator;
import org.treatywatch.web.Principal;

/**
 * Who is asking, and whether they may change anything. Reading is open to all; every change needs
 * an analyst (issue 5, "Analysts").
 *
 * <p>An analyst is known either by a session cookie (the web pages) or by an API token in
 * {@code Authorization: Bearer tw_...} (scripts). Cookie-borne requests are exposed to cross-site
 * request forgery, so every write made with a cookie must also carry the session's CSRF token in
 * the form field {@value #CSRF_FIELD} (or the {@value #CSRF_HEADER} header): a forged form on
 * another site cannot read it. Token-borne requests need none, because a browser never attaches a
 * bearer token by itself. The sign-in form, sent before any session exists, uses a double-submit
 * cookie instead ({@value #LOGIN_CSRF_COOKIE}).
 *
 * <p>Cookies: HttpOnly (no script reads them), SameSite=Lax (not sent on cross-site POSTs, a
 * second wall against CSRF), Secure when the request came over https (directly or, behind a proxy,
 * as {@code X-Forwarded-Proto: https}), path {@code /}.
 *
 * <p>Answers: no analyst at all is 401; an analyst whose write lacks the CSRF token is 403.
 */
public final class Access implements Authenticator {
    public static final String SESSION_COOKIE = "tw_session";
    public static final String LOGIN_CSRF_COOKIE = "tw_login_csrf";
    public static final String CSRF_FIELD = "_csrf";
    public static final String CSRF_HEADER = "X-CSRF-Token";
    private static final String USER_ATTRIBUTE = "treatywatch.user";
    /** Where the pages' static files are served; reading them needs no session. */
    private static final String ASSETS = "/assets/";
    /** Checked against when a name is unknown, so a wrong name costs as long as a wrong password. */
    private static final String DUMMY_HASH = Passwords.hash("not-a-real-password".toCharArray());

    /** Where analysts are looked up by name; the store answers. */
    @FunctionalInterface
    public interface Directory {
        Optional<Analyst> byName(String name);
    }

    /** The analyst making this request; {@code csrfToken} is null for API-token requests. */
    public record User(long id, String name, String csrfToken, boolean viaToken) {}

    private final Sessions sessions;
    private final Directory directory;
    private final SignInThrottle throttle;

    public Access(Sessions sessions, Directory directory) {
        this(sessions, directory, new SignInThrottle(java.time.Clock.systemUTC()));
    }

    public Access(Sessions sessions, Directory directory, SignInThrottle throttle) {
        this.sessions = sessions;
        this.directory = directory;
        this.throttle = throttle;
    }

    /**
     * The server's authenticator for session cookies (asked before the API-token one): a live
     * session makes the request an analyst's (one lookup in the store; none for a static file). A
     * cookie-borne write without the session's CSRF token is refused here with 403, for the pages
     * and the API alike; the sign-in form checks its own token.
     */
    @Override
    public Optional<Principal> authenticate(Context ctx) {
        if (ctx.path().startsWith(ASSETS) && !isWrite(ctx)) {
            return Optional.empty(); // the same files for everyone: no session lookup in the store
        }
        Optional<Sessions.Session> session = sessions.find(ctx.cookie(SESSION_COOKIE));
        if (session.isEmpty()) {
            return Optional.empty();
        }
        Sessions.Session s = session.get();
        User user = new User(s.analystId(), s.analyst(), s.csrfToken(), false);
        ctx.attribute(USER_ATTRIBUTE, user);
        if (isWrite(ctx) && !ctx.path().equals("/signin") && !Tokens.same(s.csrfToken(), submittedCsrf(ctx))) {
            throw ApiException.forbidden("the form's security token is missing or out of date: reload the page and try again");
        }
        return Optional.of(new Principal(s.analystId(), s.analyst(), "session"));
    }

    /**
     * Before-handler of the pages: remembers an API-token analyst (checked by the server's
     * {@link org.treatywatch.web.BearerTokenAuthenticator}; a bad token is a 401 there) as a user.
     */
    public void identify(Context ctx) {
        if (ctx.attribute(USER_ATTRIBUTE) != null) {
            return;
        }
        Auth.principal(ctx).filter(p -> "token".equals(p.method()))
                .ifPresent(p -> ctx.attribute(USER_ATTRIBUTE, new User(p.analystId(), p.name(), null, true)));
    }

    static boolean isWrite(Context ctx) {
        HandlerType m = ctx.method();
        return m == HandlerType.POST || m == HandlerType.PUT || m == HandlerType.PATCH || m == HandlerType.DELETE;
    }

    /** The analyst making this request, if any. */
    public static Optional<User> user(Context ctx) {
        return Optional.ofNullable(ctx.attribute(USER_ATTRIBUTE));
    }

    /**
     * The analyst allowed to make this write: 401 without one, 403 when a cookie-borne request lacks
     * the session's CSRF token.
     */
    public static User requireWriter(Context ctx) {
        User user = user(ctx).orElseThrow(() -> new UnauthorizedResponse("sign in as an analyst to change anything"));
        if (!user.viaToken() && !Tokens.same(user.csrfToken(), submittedCsrf(ctx))) {
            throw new ForbiddenResponse("the form's security token is missing or out of date: reload the page and try again");
        }
        return user;
    }

    /** The token the sign-in form must echo, set as a cookie on first sight. */
    public String loginCsrf(Context ctx) {
        String token = ctx.cookie(LOGIN_CSRF_COOKIE);
        if (token == null || token.length() != 43) {
            token = Tokens.random();
            ctx.cookie(cookie(ctx, LOGIN_CSRF_COOKIE, token, -1));
        }
        return token;
    }

    /**
     * Signs an analyst in when the password matches, starting a fresh session; 403 when the sign-in
     * form's CSRF token does not match its cookie; 429 with {@code Retry-After}, without a look at
     * the password, while the account or the address has to wait after failures
     * ({@link SignInThrottle}).
     */
    public Optional<User> signIn(Context ctx, String name, char[] password) {
        if (!Tokens.same(ctx.cookie(LOGIN_CSRF_COOKIE), submittedCsrf(ctx))) {
            throw new ForbiddenResponse("the form's security token is missing or out of date: reload the page and try again");
        }
        String account = name == null ? "" : name.strip();
        java.time.Duration wait = throttle.waitFor(account, ctx.ip());
        if (!wait.isZero()) {
            long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
            ctx.header("Retry-After", Long.toString(seconds));
            throw new TooManyRequestsResponse("too many failed sign-ins: wait " + seconds + " s before the next try");
        }
        Optional<Analyst> analyst = account.isEmpty() ? Optional.empty() : directory.byName(account);
        boolean ok = Passwords.verify(password, analyst.map(Analyst::passwordHash).orElse(DUMMY_HASH)) && analyst.isPresent();
        if (!ok) {
            throttle.failed(account, ctx.ip());
            return Optional.empty();
        }
        throttle.succeeded(account);
        sessions.end(ctx.cookie(SESSION_COOKIE));
        Sessions.Session session = sessions.start(analyst.get().id(), analyst.get().name());
        ctx.cookie(cookie(ctx, SESSION_COOKIE, session.id(), (int) Sessions.IDLE.toSeconds()));
        User user = new User(session.analystId(), session.analyst(), session.csrfToken(), false);
        ctx.attribute(USER_ATTRIBUTE, user);
        return Optional.of(user);
    }

    /** Ends the session of this request. */
    public void signOut(Context ctx) {
        sessions.end(ctx.cookie(SESSION_COOKIE));
        ctx.cookie(cookie(ctx, SESSION_COOKIE, "", 0));
    }

    private static String submittedCsrf(Context ctx) {
        String header = ctx.header(CSRF_HEADER);
        if (header != null) {
            return header;
        }
        String contentType = ctx.contentType();
        if (contentType != null && (contentType.startsWith("application/x-www-form-urlencoded") || contentType.startsWith("multipart/form-data"))) {
            return ctx.formParam(CSRF_FIELD);
        }
        return null;
    }

    static boolean secure(Context ctx) {
        return "https".equalsIgnoreCase(ctx.scheme()) || "https".equalsIgnoreCase(ctx.header("X-Forwarded-Proto"));
    }

    private static Cookie cookie(Context ctx, String name, String value, int maxAgeSeconds) {
        return new Cookie(name, value, "/", maxAgeSeconds, secure(ctx), true, null, SameSite.LAX);
    }
}
