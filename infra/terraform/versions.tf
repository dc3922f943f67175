# The same stack as ../template.yaml, for teams that manage AWS with Terraform.
# The provider is pinned to the 6.47 line: the offline schema check (infra tests) validates every
# argument here against hashicorp/aws 6.47.0.
terraform {
  required_version = ">= 1.6.0"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 6.47.0"
    }
  }
}

provider "aws" {
  region = var.region

  default_tags {
    tags = {
      Application = "order-desk"
      ManagedBy   = "terraform"
    }
  }
}

data "aws_partition" "current" {}
data "aws_region" "current" {}
data "aws_caller_identity" "current" {}
