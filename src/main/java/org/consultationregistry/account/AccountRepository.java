package org.consultationregistry.account;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

interface AccountRepository extends ListCrudRepository<UserAccount, Long> {

	@Query("select a from UserAccount a where lower(a.username) = lower(:username)")
	Optional<UserAccount> findByUsername(String username);

	boolean existsByRoleAndEnabledTrue(Role role);

	@Query("select a.person.id from UserAccount a where lower(a.username) = lower(:username) and a.person is not null")
	Optional<Long> findPersonIdByUsername(String username);

	/** The admin's list of accounts, with the organisation and person each shows, in one statement per page. */
	@Query(value = "select a from UserAccount a left join fetch a.organisation left join fetch a.person",
			countQuery = "select count(a) from UserAccount a")
	Page<UserAccount> findPage(Pageable pageable);

	@Query("select a from UserAccount a left join fetch a.organisation left join fetch a.person where a.id = :id")
	Optional<UserAccount> findWithLinks(long id);

	/**
	 * The enabled admins, locked until the end of the transaction: two admins demoting each other at the same
	 * moment must not leave the portal with none.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select a from UserAccount a where a.role = org.consultationregistry.account.Role.ADMIN and a.enabled = true")
	List<UserAccount> lockEnabledAdmins();

	/**
	 * Keeps the language the holder chose. Not an edit of the account: it neither bumps its version (an admin
	 * editing the account at the same moment is not interrupted) nor goes to the audit trail.
	 */
	@Modifying
	@Query("update UserAccount a set a.preferredLanguage = :language where lower(a.username) = lower(:username)")
	int updatePreferredLanguage(String username, String language);

	@Query("select count(a) > 0 from UserAccount a where a.person.id = :personId and a.id <> :accountId")
	boolean isPersonLinkedElsewhere(long personId, long accountId);

}
