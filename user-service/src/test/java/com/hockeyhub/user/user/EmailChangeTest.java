package com.hockeyhub.user.user;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.hockeyhub.shared.security.Role;
import com.hockeyhub.shared.test.IntegrationTest;
import com.hockeyhub.user.Fixtures;
import com.hockeyhub.shared.test.TestMail;
import com.hockeyhub.user.organization.Organization;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.jayway.jsonpath.JsonPath;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 24 (1), account takeover: a club admin changed the super admin's login address and took over the platform
 * through "forgot password". Now only users the caller may administer, and only with the new address's
 * confirmation; the old address is told, and the change ends every session.
 */
@IntegrationTest
class EmailChangeTest {

    private static final Pattern CODE = Pattern.compile("Confirmation code: (\\S+)");

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    UserService userService;

    Fixtures fixtures;
    Organization club;
    User admin;
    String adminToken;

    @BeforeEach
    void setUp() {
        fixtures = new Fixtures(context);
        club = fixtures.club();
        admin = fixtures.user(club, Role.CLUB_ADMIN);
        adminToken = Fixtures.bearer(admin, club, Role.CLUB_ADMIN);
    }

    ResultActions patchUser(User target, String token, String json) throws Exception {
        return mvc.perform(patch("/api/users/{id}", target.getId()).header(HttpHeaders.AUTHORIZATION, token)
                .contentType(MediaType.APPLICATION_JSON).content(json.replace('\'', '"')));
    }

    ResultActions postJson(String path, String json) throws Exception {
        return mvc.perform(post(path).contentType(MediaType.APPLICATION_JSON).content(json.replace('\'', '"')));
    }

    String login(String email) throws Exception {
        return JsonPath.read(postJson("/api/auth/login", "{'email':'" + email + "','password':'" + Fixtures.PASSWORD
                + "'}").andExpect(status().isOk()).andReturn().getResponse().getContentAsString(), "$.refreshToken");
    }

    static String newAddress() {
        return Fixtures.unique("moved") + "@test.hockeyhub.dev";
    }

    @Test
    void aClubAdminCannotChangeTheSuperAdminsAddressOrAdministerThem() throws Exception {
        User superAdmin = fixtures.user(club, Role.SUPER_ADMIN);
        String taken = newAddress();
        patchUser(superAdmin, adminToken, "{'email':'" + taken + "'}")
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.status").value(403));
        patchUser(superAdmin, adminToken, "{'active':false}").andExpect(status().isForbidden());
        assertThat(userService.require(superAdmin.getId()).getEmail()).isEqualTo(superAdmin.getEmail());
        assertThat(userService.require(superAdmin.getId()).isActive()).isTrue();
        assertThat(mailsTo(taken)).isZero();
    }

    @Test
    void aClubAdminCannotChangeAFellowAdminsOrAMultiClubMembersAddress() throws Exception {
        User otherAdmin = fixtures.user(club, Role.CLUB_ADMIN);
        patchUser(otherAdmin, adminToken, "{'email':'" + newAddress() + "'}").andExpect(status().isForbidden());

        User shared = fixtures.user(club, Role.PLAYER);
        Organization otherClub = fixtures.club();
        userService.replaceRoles(shared.getId(), otherClub.getId(), Set.of(Role.PLAYER));
        patchUser(shared, adminToken, "{'email':'" + newAddress() + "'}").andExpect(status().isForbidden());
        // the rest of the profile is still theirs to keep up to date
        patchUser(shared, adminToken, "{'firstName':'Mikko'}").andExpect(status().isOk());

        User stranger = fixtures.user(otherClub, Role.PLAYER);
        patchUser(stranger, adminToken, "{'email':'" + newAddress() + "'}").andExpect(status().isNotFound());
        patchUser(stranger, "Bearer x" , "{'email':'" + newAddress() + "'}").andExpect(status().isUnauthorized());
        assertThat(userService.require(otherAdmin.getId()).getEmail()).isEqualTo(otherAdmin.getEmail());
        assertThat(userService.require(shared.getId()).getEmail()).isEqualTo(shared.getEmail());
    }

    @Test
    void theNewAddressMustConfirmAndTheOldOneIsToldAndSessionsEnd() throws Exception {
        User player = fixtures.user(club, Role.PLAYER);
        String oldEmail = player.getEmail();
        String session = login(oldEmail);
        String moved = newAddress();

        patchUser(player, adminToken, "{'email':'" + moved + "','phone':'+358 40 765 4321'}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.email").value(oldEmail))
                .andExpect(jsonPath("$.phone").value("+358 40 765 4321"));
        // nothing changed yet: the old address still logs in, the new one does not
        assertThat(userService.require(player.getId()).getEmail()).isEqualTo(oldEmail);
        postJson("/api/auth/login", "{'email':'" + moved + "','password':'" + Fixtures.PASSWORD + "'}")
                .andExpect(status().isUnauthorized());
        String code = codeMailedTo(moved);
        MimeMessage notice = lastMailTo(oldEmail);
        assertThat(notice.getSubject()).contains("e-mail address is being changed");
        assertThat(GreenMailUtil.getBody(notice)).contains(moved).doesNotContain(code);

        postJson("/api/auth/confirm-email", "{'token':'made-up'}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("token"));
        postJson("/api/auth/confirm-email", "{'token':'" + code + "'}").andExpect(status().isNoContent());
        postJson("/api/auth/confirm-email", "{'token':'" + code + "'}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("token"));

        User after = userService.require(player.getId());
        assertThat(after.getEmail()).isEqualTo(moved);
        postJson("/api/auth/refresh", "{'refreshToken':'" + session + "'}").andExpect(status().isUnauthorized());
        postJson("/api/auth/login", "{'email':'" + oldEmail + "','password':'" + Fixtures.PASSWORD + "'}")
                .andExpect(status().isUnauthorized());
        login(moved);
    }

    @Test
    void aUsersOwnChangeNeedsTheConfirmationTooAndATakenAddressIsAConflict() throws Exception {
        User player = fixtures.user(club, Role.PLAYER);
        User other = fixtures.user(club, Role.PLAYER);
        String self = Fixtures.bearer(player, club, Role.PLAYER);
        patchUser(player, self, "{'email':'" + other.getEmail().toUpperCase() + "'}").andExpect(status().isConflict());
        patchUser(player, self, "{'email':'not-an-address'}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("email"));

        String first = newAddress();
        String second = newAddress();
        patchUser(player, self, "{'email':'" + first + "'}").andExpect(status().isOk());
        String firstCode = codeMailedTo(first);
        patchUser(player, self, "{'email':'" + second + "'}").andExpect(status().isOk());
        String secondCode = codeMailedTo(second);
        // a newer request voids the earlier code
        postJson("/api/auth/confirm-email", "{'token':'" + firstCode + "'}").andExpect(status().isBadRequest());
        postJson("/api/auth/confirm-email", "{'token':'" + secondCode + "'}").andExpect(status().isNoContent());
        assertThat(userService.require(player.getId()).getEmail()).isEqualTo(second);
        assertThat(userService.require(player.getId()).isEmailVerified()).isTrue();
    }

    @Test
    void deactivationEndsTheUsersSessions() throws Exception {
        User coach = fixtures.user(club, Role.COACH);
        String session = login(coach.getEmail());
        patchUser(coach, adminToken, "{'active':false}").andExpect(status().isOk());
        patchUser(coach, adminToken, "{'active':true}").andExpect(status().isOk());
        postJson("/api/auth/refresh", "{'refreshToken':'" + session + "'}").andExpect(status().isUnauthorized());
    }

    static String codeMailedTo(String email) throws Exception {
        MimeMessage message = lastMailTo(email);
        assertThat(message.getSubject()).contains("Confirm your new Hockey Hub e-mail address");
        Matcher matcher = CODE.matcher(GreenMailUtil.getBody(message));
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    static MimeMessage lastMailTo(String email) throws Exception {
        for (int i = 0; i < 100; i++) {
            List<MimeMessage> mine = Arrays.stream(TestMail.server().getReceivedMessages())
                    .filter(m -> recipient(m).equalsIgnoreCase(email)).toList();
            if (!mine.isEmpty()) {
                return mine.get(mine.size() - 1);
            }
            Thread.sleep(100);
        }
        throw new AssertionError("No mail reached " + email);
    }

    static int mailsTo(String email) {
        return (int) Arrays.stream(TestMail.server().getReceivedMessages())
                .filter(m -> recipient(m).equalsIgnoreCase(email)).count();
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getRecipients(Message.RecipientType.TO)[0].toString();
        } catch (Exception e) {
            return "";
        }
    }
}
