package org.fostergraph;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class FostergraphApplication {

    public static void main(String[] args) {
        SpringApplication.run(FostergraphApplication.class, args);
    }
}
