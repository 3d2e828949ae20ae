package org.consultationregistry.account;

import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

interface AccountRepository extends ListCrudRepository<UserAccount, Long> {

	@Query("select a from UserAccount a where lower(a.username) = lower(:username)")
	Optional<UserAccount> findByUsername(String username);

	boolean existsByRoleAndEnabledTrue(Role role);

	@Query("select a.person.id from UserAccount a where lower(a.username) = lower(:username) and a.person is not null")
	Optional<Long> findPersonIdByUsername(String username);

}
