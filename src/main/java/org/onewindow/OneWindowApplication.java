package org.onewindow;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

/** OneWindow (一窗通办): the one-stop e-government platform. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@Modulithic(sharedModules = {"shared", "platform"})
public class OneWindowApplication {

    public static void main(String[] args) {
        SpringApplication.run(OneWindowApplication.class, args);
    }
}
