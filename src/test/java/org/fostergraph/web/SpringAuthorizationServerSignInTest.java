package org.fostergraph.web;

import java.util.List;
import java.util.Map;

import org.springframework.context.ConfigurableApplicationContext;

/** The page sign-in flow against Spring Authorization Server, started in this JVM: runs on every machine. */
class SpringAuthorizationServerSignInTest extends PageSignInFlow {

    @Override
    Provider startProvider(List<String> redirectUris, List<String> postLogoutRedirectUris) {
        int port = freePort();
        ConfigurableApplicationContext server = TestIdentityProvider.start(port, redirectUris, postLogoutRedirectUris);
        return new Provider("http://127.0.0.1:" + port, new User(TestIdentityProvider.CLIENT_ID, TestIdentityProvider.CLIENT_SECRET),
                new User("demo.officer", TestIdentityProvider.PASSWORD), new User("other.officer", TestIdentityProvider.PASSWORD),
                new User("no.role", TestIdentityProvider.PASSWORD),
                Map.of(TestIdentityProvider.OTHER_OFFICERS_GROUP, List.of(List.of("OFFICER"), List.of("OTHER"))),
                new User(TestIdentityProvider.SERVICE_CLIENT_ID, TestIdentityProvider.SERVICE_CLIENT_SECRET), server::close);
    }
}
