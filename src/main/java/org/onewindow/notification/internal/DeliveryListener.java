package org.onewindow.notification.internal;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.scheduling.annotation.Async;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * An event listener of this module: what {@code @ApplicationModuleListener} is, asynchronous after
 * the publisher's commit with a durable publication, but without a transaction of its own; its
 * work runs in the transaction {@link Deliveries} shares between concurrent listeners. Spring
 * Modulith stores and completes a publication for every {@code @TransactionalEventListener}, so
 * delivery stays the same: completed once the work committed, failed (and delivered again) when
 * the listener throws.
 */
@Async
@TransactionalEventListener
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@interface DeliveryListener {}
