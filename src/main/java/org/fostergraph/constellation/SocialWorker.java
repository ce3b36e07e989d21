package org.fostergraph.constellation;

/** A qualified social worker of the fostering service; as liaison worker, supports a constellation's hub carer. */
public record SocialWorker(String id, String name) {
}
