package org.fostergraph.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import org.springframework.core.io.ClassPathResource;

/**
 * Bearer tokens as an identity provider would issue them, signed with the test key whose public half
 * application-test.yaml trusts. Test resources only: no deployment trusts this key.
 */
public final class TestTokens {

    private TestTokens() {
    }

    public static String token(String user, List<String> roles, List<String> councils) {
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .subject(user)
                .claim("preferred_username", user)
                .claim("roles", roles)
                .claim("councils", councils)
                .issueTime(Date.from(Instant.now()))
                .expirationTime(Date.from(Instant.now().plusSeconds(3600)))
                .build();
        return signed(claims);
    }

    /** Any claims, signed with the test key: for tokens a careless identity provider might issue. */
    public static String signed(JWTClaimsSet claims) {
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
        try {
            jwt.sign(new RSASSASigner(privateKey()));
        }
        catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    private static PrivateKey privateKey() {
        try {
            String pem = new ClassPathResource("security/test-jwt-private-pkcs8.pem").getContentAsString(StandardCharsets.US_ASCII);
            byte[] der = Base64.getDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", ""));
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
