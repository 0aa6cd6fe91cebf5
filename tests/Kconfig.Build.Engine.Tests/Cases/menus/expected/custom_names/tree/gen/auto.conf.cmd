autoconfig := gen/auto.conf

deps_config := \
	Kconfig \

$(autoconfig): $(deps_config)
$(deps_config): ;

ifneq "$(VERSION)" "3"
$(autoconfig): FORCE
endif
